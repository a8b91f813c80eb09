namespace HeelChallenge.Domain.Users;

/// <summary>A completed set exactly as the client logged (or corrected) it.</summary>
[GenerateSerializer, Immutable, Alias("logged-set")]
public sealed record LoggedSet(
    [property: Id(0)] string SetId,
    [property: Id(1)] string ExerciseId,
    [property: Id(2)] string? Side,
    [property: Id(3)] int? Reps,
    [property: Id(4)] int? Seconds,
    [property: Id(5)] decimal? LoadKg,
    [property: Id(6)] DateTimeOffset PerformedAt)
{
    /// <summary>Same content as another set; performedAt compares as an instant, so offsets may differ.</summary>
    public bool SameContentAs(LoggedSet other) =>
        SetId == other.SetId
        && ExerciseId == other.ExerciseId
        && Side == other.Side
        && Reps == other.Reps
        && Seconds == other.Seconds
        && LoadKg == other.LoadKg
        && PerformedAt.UtcTicks == other.PerformedAt.UtcTicks;
}
