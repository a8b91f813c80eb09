using HeelChallenge.Domain.Leaderboards;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Tests.Leaderboards;

/// <summary>The obvious leaderboard: a dictionary sorted from scratch with <see cref="StandingOrder"/> on every read.</summary>
internal sealed class BoardModel
{
    private readonly Dictionary<Guid, Standing> _standings = [];

    public int Count => _standings.Count;

    public void Set(Guid userId, int points, DateTimeOffset? reachedAt) => _standings[userId] = new Standing(userId, points, reachedAt);

    public bool Remove(Guid userId) => _standings.Remove(userId);

    public IReadOnlyList<RankedEntry> All() => _standings.Values
        .Order(StandingOrder.Instance)
        .Select((s, i) => new RankedEntry(i + 1, s.UserId, s.Points, s.ReachedAt?.ToUniversalTime()))
        .ToArray();

    public int? RankOf(Guid userId) => All().Where(e => e.UserId == userId).Select(e => (int?)e.Rank).SingleOrDefault();

    public IReadOnlyList<RankedEntry> Range(int firstRank, int count) => All().Skip(firstRank - 1).Take(count).ToArray();

    public IReadOnlyList<RankedEntry> Around(Guid userId, int before, int after) =>
        RankOf(userId) is { } rank ? All().Where(e => e.Rank >= rank - before && e.Rank <= rank + after).ToArray() : [];
}
