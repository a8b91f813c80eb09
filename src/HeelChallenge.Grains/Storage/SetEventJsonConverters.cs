using System.Text.Json;
using System.Text.Json.Serialization;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// <see cref="SetLogged"/> and <see cref="SetCorrected"/> read and written by hand, for the reason of
/// <see cref="LoggedSetJsonConverter"/>: they are nearly every event of the log, and the general converter for a record
/// built through its constructor allocates an argument buffer, its state and a boxed timestamp for each. Same JSON as
/// the general converter, byte for byte (<c>{"set":{…},"loggedAt":"…"}</c>), and the same reading: member names in any
/// case, unknown members skipped, a missing member left at its default.
/// </summary>
public abstract class SetEventJsonConverter<TEvent>(string timeMember) : JsonConverter<TEvent>
    where TEvent : UserEvent
{
    private readonly JsonEncodedText _timeMember = JsonEncodedText.Encode(timeMember);

    protected abstract TEvent Create(LoggedSet set, DateTimeOffset at);

    protected abstract (LoggedSet Set, DateTimeOffset At) Parts(TEvent value);

    public override TEvent Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException($"A {typeof(TEvent).Name} must be a JSON object.");
        LoggedSet? set = null;
        var at = default(DateTimeOffset);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            reader.Read();
            switch (member)
            {
                case Part.Set: set = reader.TokenType == JsonTokenType.Null ? null : Sets.Read(ref reader, typeof(LoggedSet), options); break;
                case Part.Time: at = LoggedSetJsonConverter.Time(ref reader); break;
                // TrySkip, not Skip: Skip throws on a reader over partial input (a stream), even with the value buffered.
                default: if (!reader.TrySkip()) throw new JsonException($"An unknown member of a {typeof(TEvent).Name} is incomplete."); break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException($"A {typeof(TEvent).Name} must be a JSON object.");
        return Create(set!, at);
    }

    public override void Write(Utf8JsonWriter writer, TEvent value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var (set, at) = Parts(value);
        writer.WriteStartObject();
        writer.WritePropertyName("set"u8);
        if (set is null) writer.WriteNullValue();
        else Sets.Write(writer, set, options);
        writer.WriteString(_timeMember, at);
        writer.WriteEndObject();
    }

    private enum Part { Other, Set, Time }

    // The set converter is stateless, so one instance serves every event converter.
    private static readonly LoggedSetJsonConverter Sets = new();

    /// <summary>Exact camelCase first (as stored), then any case, as the general converter reads.</summary>
    private Part Member(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("set"u8)) return Part.Set;
        if (reader.ValueTextEquals(_timeMember.EncodedUtf8Bytes)) return Part.Time;
        var name = reader.GetString();
        if (string.Equals(name, "set", StringComparison.OrdinalIgnoreCase)) return Part.Set;
        return string.Equals(name, timeMember, StringComparison.OrdinalIgnoreCase) ? Part.Time : Part.Other;
    }
}

/// <summary>The stored JSON of <see cref="SetLogged"/>: <c>{"set":{…},"loggedAt":"…"}</c>.</summary>
public sealed class SetLoggedJsonConverter() : SetEventJsonConverter<SetLogged>("loggedAt")
{
    protected override SetLogged Create(LoggedSet set, DateTimeOffset at) => new(set, at);

    protected override (LoggedSet Set, DateTimeOffset At) Parts(SetLogged value) => (value.Set, value.LoggedAt);
}

/// <summary>The stored JSON of <see cref="SetCorrected"/>: <c>{"set":{…},"correctedAt":"…"}</c>.</summary>
public sealed class SetCorrectedJsonConverter() : SetEventJsonConverter<SetCorrected>("correctedAt")
{
    protected override SetCorrected Create(LoggedSet set, DateTimeOffset at) => new(set, at);

    protected override (LoggedSet Set, DateTimeOffset At) Parts(SetCorrected value) => (value.Set, value.CorrectedAt);
}
