using HeelChallenge.Abstractions.Leaderboards;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>One row: 1-based rank (points-v1 order), the participant, points, and when they reached them (null at 0 points).</summary>
public sealed record LeaderboardEntryResponse(int Rank, Guid UserId, string DisplayName, int Points, DateTimeOffset? ReachedAt)
{
    public static LeaderboardEntryResponse From(LeaderboardRow row) => new(row.Rank, row.UserId, row.DisplayName, row.Points, row.ReachedAt);
}
