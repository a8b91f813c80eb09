namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// The events of one projector batch that concern one read model, in position order. A read model that sees a newer
/// <see cref="Generation"/> than its own (a rebuild started) discards its state first; an older one is ignored.
/// </summary>
[GenerateSerializer, Immutable, Alias("projection-delivery")]
public sealed record ProjectionDelivery(
    [property: Id(0)] long Generation,
    [property: Id(1)] IReadOnlyList<ProjectedEvent> Events);
