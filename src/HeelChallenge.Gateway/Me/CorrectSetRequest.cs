namespace HeelChallenge.Gateway.Me;

/// <summary>Body of PUT /api/me/sets/{setId}: the set's new values. A setId here must match the path, or be left out.</summary>
public sealed record CorrectSetRequest(
    string? ExerciseId,
    DateTimeOffset? PerformedAt,
    string? SetId = null,
    string? Side = null,
    int? Reps = null,
    int? Seconds = null,
    decimal? LoadKg = null) : ISetFields;
