using System.Text;

namespace HeelChallenge.EventStore;

/// <summary>
/// An event as stored: its place in its stream (1-based version) and in the global log (position). The JSON is kept
/// as the UTF-8 bytes the store holds: decoders read them directly, so replaying the log never turns every event into
/// a UTF-16 string and back (a fifth of a rebuild's read-and-decode CPU).
/// </summary>
public sealed record RecordedEvent(
    long Position,
    string StreamId,
    long StreamVersion,
    Guid EventId,
    string Type,
    ReadOnlyMemory<byte> Utf8Data,
    string? Metadata,
    DateTimeOffset RecordedAt)
{
    public RecordedEvent(long position, string streamId, long streamVersion, Guid eventId, string type, string data, string? metadata, DateTimeOffset recordedAt)
        : this(position, streamId, streamVersion, eventId, type, Encoding.UTF8.GetBytes(data), metadata, recordedAt)
    {
    }

    /// <summary>The JSON as text (decoded on every access: for tools and tests, not hot paths).</summary>
    public string Data => Encoding.UTF8.GetString(Utf8Data.Span);
}
