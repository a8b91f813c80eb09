namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// Where a projector stands. Position: the last event delivered to the read models; Checkpoint: the durable position a
/// restart resumes from (every read model has saved what precedes it); Head: the last event in the log.
/// A rebuild reports its progress against the head it started with. Rewinds counts, since this activation started,
/// the times a failure sent the projector back to its checkpoint; LastError is the latest failure's message.
/// </summary>
[GenerateSerializer, Immutable, Alias("projection-status")]
public sealed record ProjectionStatus(
    [property: Id(0)] string Kind,
    [property: Id(1)] long Generation,
    [property: Id(2)] long Position,
    [property: Id(3)] long Checkpoint,
    [property: Id(4)] long Head,
    [property: Id(5)] bool Rebuilding,
    [property: Id(6)] ProjectionRebuild? Rebuild,
    [property: Id(7)] string? LastError,
    [property: Id(8)] long Rewinds)
{
    /// <summary>Events in the log that the read models have not durably saved yet.</summary>
    public long Lag => Math.Max(0, Head - Checkpoint);
}
