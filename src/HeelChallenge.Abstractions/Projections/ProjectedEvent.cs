namespace HeelChallenge.Abstractions.Projections;

/// <summary>One event of the global log, deserialized: its position, its stream and the domain event object.</summary>
[GenerateSerializer, Immutable, Alias("projected-event")]
public sealed record ProjectedEvent(
    [property: Id(0)] long Position,
    [property: Id(1)] string StreamId,
    [property: Id(2)] object Event);
