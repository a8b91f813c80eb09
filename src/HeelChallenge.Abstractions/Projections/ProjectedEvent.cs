namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// One event of the global log, deserialized: its position, its stream, the domain event object, and the id in the
/// stream's name (the user of a user stream, the challenge of a challenge stream; <see cref="Guid.Empty"/> for other
/// streams), parsed once when the event is read rather than by every kind and read model that routes it. A kind may
/// attach a <see cref="Context"/> from its routing state for its read models (see ProjectionRoutes.Prepare).
/// </summary>
[GenerateSerializer, Immutable, Alias("projected-event")]
public sealed record ProjectedEvent(
    [property: Id(0)] long Position,
    [property: Id(1)] string StreamId,
    [property: Id(2)] object Event,
    [property: Id(3)] Guid OwnerId,
    [property: Id(4)] object? Context = null);
