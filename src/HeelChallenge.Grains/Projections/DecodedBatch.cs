using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Grains.Projections;

/// <summary>One read of the log: the decoded events the kind reads, the last position read (skipped events count),
/// and whether the read was full (more may follow at once).</summary>
public sealed record DecodedBatch(IReadOnlyList<ProjectedEvent> Events, long LastPosition, bool IsFull);
