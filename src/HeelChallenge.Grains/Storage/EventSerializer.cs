using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using HeelChallenge.Domain.Common;
using HeelChallenge.EventStore;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Turns events of one aggregate into stored <see cref="EventData"/> (stable type name, JSON, deterministic id) and
/// stored events back into objects, upcasting old type names.
/// </summary>
public sealed class EventSerializer<TEvent>
    where TEvent : class
{
    private readonly EventTypeRegistry<TEvent> _registry;
    private readonly Dictionary<string, Func<JsonElement, TEvent>> _upcasters = new(StringComparer.Ordinal);

    // Copied on write, so readers on any thread need no lock.
    private Dictionary<Type, JsonTypeInfo> _typeInfos = [];

    public EventSerializer(EventTypeRegistry<TEvent> registry, IEnumerable<EventUpcaster<TEvent>> upcasters)
    {
        _registry = registry;
        foreach (var upcaster in upcasters)
        {
            if (registry.TryGetType(upcaster.TypeName, out var current))
            {
                throw new InvalidOperationException(
                    $"An upcaster is registered for '{upcaster.TypeName}', which is the current type {current.Name}: upcast only old names.");
            }

            if (!_upcasters.TryAdd(upcaster.TypeName, upcaster.Upcast))
                throw new InvalidOperationException($"Two upcasters are registered for '{upcaster.TypeName}'.");
        }
    }

    public EventData Serialize(string streamId, TEvent @event, string? recordedBy = null)
    {
        var type = _registry.NameOf(@event.GetType());
        var json = JsonSerializer.Serialize(@event, @event.GetType(), EventJson.Options);
        var id = @event is IIdempotentEvent idempotent
            ? EventIds.ForIdempotencyKey(streamId, idempotent.IdempotencyKey)
            : EventIds.ForContent(streamId, type, json);
        return new EventData(id, type, json, EventMetadata.Create(recordedBy));
    }

    public TEvent Deserialize(RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        return Deserialize(recorded.StreamId, recorded.StreamVersion, recorded.Type, recorded.Utf8Data);
    }

    /// <summary>A row of a pooled batch: nothing decoded keeps a reference to its bytes.</summary>
    public TEvent Deserialize(in EventRow row) => Deserialize(row.StreamId, row.StreamVersion, row.Type, row.Utf8Data);

    private TEvent Deserialize(string streamId, long streamVersion, string type, ReadOnlyMemory<byte> utf8Data)
    {
        if (_registry.TryGetType(type, out var clrType))
        {
            return (TEvent)(JsonSerializer.Deserialize(utf8Data.Span, TypeInfo(clrType))
                ?? throw new JsonException($"Stream '{streamId}' v{streamVersion}: '{type}' is JSON null."));
        }

        if (_upcasters.TryGetValue(type, out var upcast))
        {
            using var document = JsonDocument.Parse(utf8Data);
            return upcast(document.RootElement);
        }

        throw new UnknownEventTypeException(streamId, streamVersion, type);
    }

    // The options cache type infos too, but behind a lookup per call; the event types are few and fixed.
    private JsonTypeInfo TypeInfo(Type type)
    {
        var infos = _typeInfos;
        if (infos.TryGetValue(type, out var info)) return info;
        info = EventJson.Options.GetTypeInfo(type);
        _typeInfos = new Dictionary<Type, JsonTypeInfo>(infos) { [type] = info };
        return info;
    }
}
