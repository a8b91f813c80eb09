namespace HeelChallenge.Abstractions.Projections;

/// <summary>A read model's bookkeeping: generation, last applied and saved positions, and how many events it applied in
/// this generation (each exactly once, across restarts). Incarnation identifies the activation answering.</summary>
[GenerateSerializer, Immutable, Alias("read-model-status")]
public sealed record ReadModelStatus(
    [property: Id(0)] long Generation,
    [property: Id(1)] long Applied,
    [property: Id(2)] long Saved,
    [property: Id(3)] long AppliedEvents,
    [property: Id(4)] Guid Incarnation);
