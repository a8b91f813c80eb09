using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelChallenge.Gateway.Json;

/// <summary>Reads DateTimeOffset only from ISO 8601 strings with an offset; the serializer adds the JSON path
/// (e.g. $.performedAt) to the exception, which the bad-request handler turns into the field name.</summary>
public sealed class IsoInstantJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected {IsoInstant.Expected}.");
        }

        var text = reader.GetString();
        return IsoInstant.TryParse(text, out var value)
            ? value
            : throw new JsonException($"{IsoInstant.Quote(text)} is not {IsoInstant.Expected}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
