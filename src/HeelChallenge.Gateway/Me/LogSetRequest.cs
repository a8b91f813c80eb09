namespace HeelChallenge.Gateway.Me;

/// <summary>
/// Body of POST /api/me/sets. Everything is nullable so the handler, not the binder, says which field is missing;
/// the optional fields have defaults so the OpenAPI document marks only setId, exerciseId and performedAt required.
/// </summary>
public sealed record LogSetRequest(
    string? SetId,
    string? ExerciseId,
    DateTimeOffset? PerformedAt,
    string? Side = null,
    int? Reps = null,
    int? Seconds = null,
    decimal? LoadKg = null) : ISetFields;
