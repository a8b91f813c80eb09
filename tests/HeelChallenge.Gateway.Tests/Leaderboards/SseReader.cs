using System.Text;

namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>Reads a text/event-stream response message by message: an event (id, event, data) or a comment line.</summary>
public sealed class SseReader(Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream, Encoding.UTF8);

    public sealed record Message(string? Id, string? Event, string? Data, string? Comment)
    {
        public JsonElement Json => JsonDocument.Parse(Data!).RootElement;
    }

    public async Task<Message> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        string? id = null, type = null, data = null, comment = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("The stream ended.");
            if (line.Length == 0)
            {
                if (id is not null || data is not null || comment is not null) return new Message(id, type, data, comment);
                continue;
            }

            if (line.StartsWith(':')) comment = line[1..].Trim();
            else if (line.StartsWith("id: ", StringComparison.Ordinal)) id = line[4..];
            else if (line.StartsWith("event: ", StringComparison.Ordinal)) type = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
        }
    }

    /// <summary>The next event, skipping heartbeat comments.</summary>
    public async Task<Message> NextEventAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var message = await NextAsync(deadline - DateTime.UtcNow);
            if (message.Comment is null) return message;
        }
    }

    public void Dispose() => _reader.Dispose();
}
