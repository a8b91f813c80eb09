namespace HeelChallenge.Gateway.Challenges;

/// <summary>
/// Body of POST /api/challenges. Everything is nullable so the handler, not the binder, names a missing field; the
/// optional fields have defaults so the OpenAPI document marks only name, startsAt, endsAt, timeZone and visibility
/// required. Program left out: the whole catalog with its own prescriptions.
/// </summary>
public sealed record CreateChallengeRequest(
    string? Name,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    string? TimeZone,
    string? Visibility,
    string? Description = null,
    IReadOnlyList<ProgramItemRequest?>? Program = null,
    int? Capacity = null);
