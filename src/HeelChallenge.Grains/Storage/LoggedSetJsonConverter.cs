using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// The stored JSON of a <see cref="LoggedSet"/>, read and written by hand: every set event carries one, and the
/// general converter for a record with seven constructor parameters boxes each argument, which made decoding most of a
/// rebuild's allocations. Writes exactly what the general converter wrote (a test holds it to that, since the event id
/// of a correction hashes its JSON) and reads it the same way (camelCase, any case accepted, unknown members skipped,
/// numbers also from strings), sharing exercise and side names (<see cref="SharedNames"/>).
/// </summary>
public sealed class LoggedSetJsonConverter : JsonConverter<LoggedSet>
{
    private const int MaxSharedNameLength = 64;

    public override LoggedSet Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A logged set must be a JSON object.");
        string? setId = null, exerciseId = null, side = null;
        int? reps = null, seconds = null;
        decimal? loadKg = null;
        var performedAt = default(DateTimeOffset);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = Member(ref reader);
            reader.Read();
            switch (member)
            {
                case 0: setId = String(ref reader); break;
                case 1: exerciseId = SharedName(ref reader); break;
                case 2: side = SharedName(ref reader); break;
                case 3: reps = Int32(ref reader); break;
                case 4: seconds = Int32(ref reader); break;
                case 5: loadKg = Decimal(ref reader); break;
                case 6: performedAt = Time(ref reader); break;
                // TrySkip, not Skip: Skip throws on a reader over partial input (a stream), even with the value buffered.
                default: if (!reader.TrySkip()) throw new JsonException("An unknown member of a logged set is incomplete."); break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject) throw new JsonException("A logged set must be a JSON object.");
        return new LoggedSet(setId!, exerciseId!, side, reps, seconds, loadKg, performedAt);
    }

    public override void Write(Utf8JsonWriter writer, LoggedSet value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("setId"u8, value.SetId);
        writer.WriteString("exerciseId"u8, value.ExerciseId);
        writer.WriteString("side"u8, value.Side);
        if (value.Reps is { } reps) writer.WriteNumber("reps"u8, reps);
        else writer.WriteNull("reps"u8);
        if (value.Seconds is { } seconds) writer.WriteNumber("seconds"u8, seconds);
        else writer.WriteNull("seconds"u8);
        if (value.LoadKg is { } load) writer.WriteNumber("loadKg"u8, load);
        else writer.WriteNull("loadKg"u8);
        writer.WriteString("performedAt"u8, value.PerformedAt);
        writer.WriteEndObject();
    }

    private static readonly string[] Members = ["setId", "exerciseId", "side", "reps", "seconds", "loadKg", "performedAt"];

    /// <summary>The member's index in <see cref="Members"/> (exact camelCase first, as stored), or -1.</summary>
    private static int Member(ref Utf8JsonReader reader)
    {
        if (reader.ValueTextEquals("setId"u8)) return 0;
        if (reader.ValueTextEquals("exerciseId"u8)) return 1;
        if (reader.ValueTextEquals("side"u8)) return 2;
        if (reader.ValueTextEquals("reps"u8)) return 3;
        if (reader.ValueTextEquals("seconds"u8)) return 4;
        if (reader.ValueTextEquals("loadKg"u8)) return 5;
        if (reader.ValueTextEquals("performedAt"u8)) return 6;
        return MemberIgnoringCase(reader.GetString());
    }

    // Its own method: a lambda capturing a local of Member would allocate its closure on every call of Member.
    private static int MemberIgnoringCase(string? name) =>
        Array.FindIndex(Members, m => string.Equals(m, name, StringComparison.OrdinalIgnoreCase));

    private static string? String(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };

    private static string? SharedName(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) return String(ref reader);
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxSharedNameLength) return reader.GetString();
        Span<char> name = stackalloc char[MaxSharedNameLength];
        return SharedNames.Intern(name[..reader.CopyString(name)]);
    }

    private static int? Int32(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetInt32(),
        // As strict as the general converter's reading from strings: no surrounding white space.
        JsonTokenType.String => int.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new JsonException("Expected an integer."),
        _ => throw new JsonException($"Expected a number, found {reader.TokenType}."),
    };

    private static decimal? Decimal(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.Number => reader.GetDecimal(),
        JsonTokenType.String => decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new JsonException("Expected a decimal number."),
        _ => throw new JsonException($"Expected a number, found {reader.TokenType}."),
    };

    /// <summary>An ISO 8601 date and time, as the general converter reads one (the set events' timestamps too).</summary>
    internal static DateTimeOffset Time(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String) throw new JsonException($"Expected a date and time, found {reader.TokenType}.");
        return reader.TryGetDateTimeOffset(out var value) ? value : throw new JsonException("Expected an ISO 8601 date and time.");
    }
}
