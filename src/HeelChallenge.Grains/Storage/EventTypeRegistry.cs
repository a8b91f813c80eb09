using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// The stored type name of every concrete event deriving from <typeparamref name="TEvent"/>: the value of its Orleans
/// <c>[Alias("...")]</c> attribute (e.g. "set-logged.v1"). The alias already is the event's stable wire name, so the
/// log and the Orleans wire format share one name per schema. Scans the assembly that declares the base type.
/// </summary>
public sealed class EventTypeRegistry<TEvent>
    where TEvent : class
{
    private readonly Dictionary<Type, string> _names = [];
    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public EventTypeRegistry()
    {
        var concrete = typeof(TEvent).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && typeof(TEvent).IsAssignableFrom(t));
        foreach (var type in concrete)
        {
            var alias = type.GetCustomAttribute<AliasAttribute>()?.Alias
                ?? throw new InvalidOperationException($"Event type {type.FullName} has no [Alias(\"...\")]: it needs a stable stored name.");
            if (!_types.TryAdd(alias, type))
            {
                throw new InvalidOperationException($"Events {_types[alias].FullName} and {type.FullName} share the alias '{alias}'.");
            }

            _names[type] = alias;
        }
    }

    public IReadOnlyCollection<Type> EventTypes => _names.Keys;

    public string NameOf(Type eventType) =>
        _names.TryGetValue(eventType, out var name)
            ? name
            : throw new InvalidOperationException($"{eventType.FullName} is not a registered {typeof(TEvent).Name}.");

    public bool TryGetType(string typeName, [NotNullWhen(true)] out Type? eventType) => _types.TryGetValue(typeName, out eventType);
}
