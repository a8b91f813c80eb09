namespace HeelChallenge.Domain.Catalog;

/// <summary>One exercise of the routine with its default prescription (per side for sided exercises).</summary>
[GenerateSerializer, Immutable, Alias("exercise")]
public sealed record Exercise(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Where,
    [property: Id(3)] string Kind,
    [property: Id(4)] string Unit,
    [property: Id(5)] int Sets,
    [property: Id(6)] int? Reps,
    [property: Id(7)] int? Seconds,
    [property: Id(8)] bool Sided,
    [property: Id(9)] IReadOnlyList<string> Muscles,
    [property: Id(10)] string Cue)
{
    public const string KindReps = "reps";
    public const string KindTimed = "timed";

    public bool IsTimed => Kind == KindTimed;

    /// <summary>The prescribed amount of one set: reps (or letters) for rep exercises, seconds for timed ones.</summary>
    public int PrescribedAmount => IsTimed ? Seconds ?? 0 : Reps ?? 0;
}
