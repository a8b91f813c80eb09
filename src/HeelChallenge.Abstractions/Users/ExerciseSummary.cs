namespace HeelChallenge.Abstractions.Users;

/// <summary>What a user did of one exercise (and side), over all sets that are not voided.</summary>
[GenerateSerializer, Immutable, Alias("exercise-summary")]
public sealed record ExerciseSummary(
    [property: Id(0)] string ExerciseId,
    [property: Id(1)] string? Side,
    [property: Id(2)] int Sets,
    [property: Id(3)] long TotalReps,
    [property: Id(4)] long TotalSeconds,
    [property: Id(5)] decimal? BestLoadKg,
    [property: Id(6)] int DaysActive,
    [property: Id(7)] DateTimeOffset? LastPerformedAt);
