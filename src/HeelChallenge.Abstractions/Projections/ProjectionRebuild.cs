namespace HeelChallenge.Abstractions.Projections;

/// <summary>The latest rebuild: replays positions 1..<see cref="TargetPosition"/> (the head when it started).</summary>
[GenerateSerializer, Immutable, Alias("projection-rebuild")]
public sealed record ProjectionRebuild(
    [property: Id(0)] long Generation,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] long TargetPosition,
    [property: Id(3)] long Processed,
    [property: Id(4)] double Percent,
    [property: Id(5)] double EventsPerSecond,
    [property: Id(6)] DateTimeOffset? CompletedAt);
