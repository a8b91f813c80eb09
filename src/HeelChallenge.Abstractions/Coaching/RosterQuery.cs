namespace HeelChallenge.Abstractions.Coaching;

/// <summary>
/// One page of a coach's clients. Every order breaks ties by display name, then client id, so pages never overlap;
/// <see cref="Descending"/> reverses the whole order (the sort's natural direction is in <see cref="RosterSort"/>).
/// <see cref="Cursor"/> is the opaque nextCursor of the previous page (of the same sort and direction). Flags use
/// <see cref="InactiveAfterDays"/> (the coach's setting).
/// </summary>
[GenerateSerializer, Immutable, Alias("roster-query")]
public sealed record RosterQuery(
    [property: Id(0)] RosterSort Sort,
    [property: Id(1)] string? Cursor,
    [property: Id(2)] int Limit,
    [property: Id(3)] int InactiveAfterDays,
    [property: Id(4)] bool Descending = false);
