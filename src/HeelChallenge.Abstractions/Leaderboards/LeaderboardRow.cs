namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>One participant's place: 1-based rank in points-v1 order, points, and when that score was reached (UTC).</summary>
[GenerateSerializer, Immutable, Alias("leaderboard-row")]
public sealed record LeaderboardRow(
    [property: Id(0)] int Rank,
    [property: Id(1)] Guid UserId,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] int Points,
    [property: Id(4)] DateTimeOffset? ReachedAt);
