namespace HeelChallenge.Abstractions.Coaching;

/// <summary>A page of a coach's clients; <see cref="Error"/> names a cursor this list did not issue.</summary>
[GenerateSerializer, Immutable, Alias("roster-page")]
public sealed record RosterPage(
    [property: Id(0)] IReadOnlyList<RosterRow> Items,
    [property: Id(1)] string? NextCursor,
    [property: Id(2)] int Total,
    [property: Id(3)] string? Error = null);
