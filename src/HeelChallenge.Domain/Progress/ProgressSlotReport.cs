namespace HeelChallenge.Domain.Progress;

/// <summary>
/// One slot (exercise, and side for a sided exercise) of one day: what was prescribed, what was done, and what
/// counts (rule 3). <see cref="SetsDone"/> and <see cref="AmountDone"/> are raw (every live set, full amounts);
/// <see cref="CountedCredit"/> is the sum of the best <see cref="PrescribedSets"/> set credits, each
/// min(1, performed / prescribed), so at most <see cref="PrescribedSets"/>; rounded to 2 decimals for display
/// (adherence is computed from the exact values).
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-slot-report")]
public sealed record ProgressSlotReport(
    [property: Id(0)] string ExerciseId,
    [property: Id(1)] string? Side,
    [property: Id(2)] string Unit,
    [property: Id(3)] int PrescribedSets,
    [property: Id(4)] int PrescribedAmount,
    [property: Id(5)] int SetsDone,
    [property: Id(6)] int AmountDone,
    [property: Id(7)] decimal CountedCredit);
