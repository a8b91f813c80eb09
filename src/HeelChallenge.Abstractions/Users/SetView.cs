namespace HeelChallenge.Abstractions.Users;

/// <summary>A set as it stands now, with every field it was logged with plus when it was logged and last changed.</summary>
[GenerateSerializer, Immutable, Alias("set-view")]
public sealed record SetView(
    [property: Id(0)] string SetId,
    [property: Id(1)] string ExerciseId,
    [property: Id(2)] string? Side,
    [property: Id(3)] int? Reps,
    [property: Id(4)] int? Seconds,
    [property: Id(5)] decimal? LoadKg,
    [property: Id(6)] DateTimeOffset PerformedAt,
    [property: Id(7)] DateTimeOffset LoggedAt,
    [property: Id(8)] DateTimeOffset? CorrectedAt,
    [property: Id(9)] bool Voided);
