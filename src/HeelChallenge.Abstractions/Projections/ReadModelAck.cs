namespace HeelChallenge.Abstractions.Projections;

/// <summary>A read model's answer to a delivery or a flush: the last position it applied, and the last one durably saved.</summary>
[GenerateSerializer, Immutable, Alias("read-model-ack")]
public readonly record struct ReadModelAck(
    [property: Id(0)] long Applied,
    [property: Id(1)] long Saved);
