namespace HeelChallenge.Domain.Leaderboards;

/// <summary>One row of a leaderboard: 1-based rank in clause 7's order, user, points and reachedAt (in UTC).</summary>
[GenerateSerializer, Immutable, Alias("ranked-entry")]
public readonly record struct RankedEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] Guid UserId,
    [property: Id(2)] int Points,
    [property: Id(3)] DateTimeOffset? ReachedAt);
