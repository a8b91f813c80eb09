namespace HeelChallenge.EventStore;

/// <summary>
/// A stored event as a value, read in an <see cref="EventRowBatch"/>: the fields of <see cref="RecordedEvent"/>, with
/// <see cref="Utf8Data"/> pointing into the batch's pooled buffers, so valid only until the batch is disposed.
/// </summary>
public readonly record struct EventRow(
    long Position,
    string StreamId,
    long StreamVersion,
    Guid EventId,
    string Type,
    ReadOnlyMemory<byte> Utf8Data,
    string? Metadata,
    DateTimeOffset RecordedAt);
