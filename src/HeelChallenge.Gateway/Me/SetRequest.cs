namespace HeelChallenge.Gateway.Me;

/// <summary>
/// Body of POST /api/me/sets (setId required) and PUT /api/me/sets/{setId} (setId optional, must match the route).
/// Everything is nullable so the handler, not the binder, says which field is missing.
/// </summary>
public sealed record SetRequest(
    string? SetId,
    string? ExerciseId,
    string? Side,
    int? Reps,
    int? Seconds,
    decimal? LoadKg,
    DateTimeOffset? PerformedAt);
