using System.Buffers;
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
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(header);
        // The serializer flushes its writer synchronously, which Kestrel refuses: write into a buffer, send it
        // asynchronously after each page, and reuse it, so the buffer never holds more than a page.
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        await using var writer = new Utf8JsonWriter(buffer);
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
            await Send(writer, buffer, body);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await Send(writer, buffer, body);
    }

    private static async Task Send(Utf8JsonWriter writer, ArrayBufferWriter<byte> buffer, Stream body)
    {
        await writer.FlushAsync();
        await body.WriteAsync(buffer.WrittenMemory);
        await body.FlushAsync();
        buffer.ResetWrittenCount();
    }
}
