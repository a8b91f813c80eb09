namespace HeelChallenge.EventStore;

/// <summary>An event as stored: its place in its stream (1-based version) and in the global log (position).</summary>
public sealed record RecordedEvent(
    long Position,
    string StreamId,
    long StreamVersion,
    Guid EventId,
    string Type,
    string Data,
    string? Metadata,
    DateTimeOffset RecordedAt);
