using System.Text.Json;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Me;

namespace HeelChallenge.Gateway.Export;

/// <summary>
/// <c>{format, exportedAt, profile, coaches?, sets: [...]}</c> written straight to the response, one page of sets at
/// a time; each set has the fields of GET /api/me/sets/{setId}.
/// </summary>
public static class JsonExport
{
    public const string FormatName = "heelchallenge-export.v1";

    public static async Task WriteAsync(Stream body, ExportHeader header, IAsyncEnumerable<IReadOnlyList<SetView>> pages, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(header);
        await using var writer = new Utf8JsonWriter(body);
        writer.WriteStartObject();
        writer.WriteString("format", FormatName);
        writer.WriteString("exportedAt", header.ExportedAt);
        writer.WritePropertyName("profile");
        JsonSerializer.Serialize(writer, header.Profile, options);
        if (header.Coaches is { } coaches)
        {
            writer.WritePropertyName("coaches");
            JsonSerializer.Serialize(writer, coaches, options);
        }

        writer.WriteStartArray("sets");
        await foreach (var page in pages)
        {
            foreach (var set in page) JsonSerializer.Serialize(writer, SetResponse.From(set), options);
            // The writer buffers until flushed: one page at a time goes out, asynchronously.
            await writer.FlushAsync();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await writer.FlushAsync();
    }
}
