namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// The events of one projector batch that concern one read model, in position order. A read model that sees a newer
/// <see cref="Generation"/> than its own (a rebuild started) discards its state first; an older one is ignored.
/// <see cref="AppliedAtLeast"/> is the last position this projector delivered to it since the projector's checkpoint
/// (0: none): a read model that applied less restarted and lost events, and must not apply anything after the gap.
/// </summary>
[GenerateSerializer, Immutable, Alias("projection-delivery")]
public sealed record ProjectionDelivery(
    [property: Id(0)] long Generation,
    [property: Id(1)] long AppliedAtLeast,
    [property: Id(2)] IReadOnlyList<ProjectedEvent> Events);
