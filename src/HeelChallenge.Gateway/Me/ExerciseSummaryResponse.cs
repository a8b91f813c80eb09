using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Gateway.Me;

/// <summary>One exercise (and side) of the summary; totals count reps for rep exercises and seconds for timed ones.</summary>
public sealed record ExerciseSummaryResponse(
    string ExerciseId,
    string? Side,
    int Sets,
    long TotalReps,
    long TotalSeconds,
    decimal? BestLoadKg,
    int DaysActive,
    DateTimeOffset? LastPerformedAt)
{
    public static ExerciseSummaryResponse From(ExerciseSummary s) =>
        new(s.ExerciseId, s.Side, s.Sets, s.TotalReps, s.TotalSeconds, s.BestLoadKg, s.DaysActive, s.LastPerformedAt);
}
