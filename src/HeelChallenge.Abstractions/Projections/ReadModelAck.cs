namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// A read model's answer to a delivery or a flush. Incarnation identifies the activation; LoadedPosition is the snapshot
/// position it started from; Applied the last position it applied; Saved the last position durably saved.
/// </summary>
[GenerateSerializer, Immutable, Alias("read-model-ack")]
public readonly record struct ReadModelAck(
    [property: Id(0)] Guid Incarnation,
    [property: Id(1)] long LoadedPosition,
    [property: Id(2)] long Applied,
    [property: Id(3)] long Saved);
