namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// One exercise of a challenge's program: how many sets count per slot, and the amount of one set — reps (or
/// letters) for rep exercises, seconds for timed ones, exactly one of the two. Sided exercises get this
/// prescription per side.
/// </summary>
[GenerateSerializer, Immutable, Alias("program-item")]
public sealed record ProgramItem(
    [property: Id(0)] string ExerciseId,
    [property: Id(1)] int Sets,
    [property: Id(2)] int? Reps,
    [property: Id(3)] int? Seconds);
