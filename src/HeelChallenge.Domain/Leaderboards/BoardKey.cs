using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// An entry's position in clause 7's order as plain numbers: points (descending), reachedAt as UTC ticks with null as
/// <see cref="long.MaxValue"/> (ascending), and the user id as two big-endian halves (ascending, i.e. "D" ordinal).
/// User ids are unique, so no two keys on a board are equal.
/// </summary>
internal readonly record struct BoardKey(int Points, long ReachedTicks, ulong IdHigh, ulong IdLow)
{
    public const long NoReachedAt = long.MaxValue;

    public static BoardKey From(Guid userId, int points, DateTimeOffset? reachedAt)
    {
        var (high, low) = StandingOrder.UserIdKey(userId);
        return new BoardKey(points, StandingOrder.ReachedKey(reachedAt), high, low);
    }

    public static BoardKey Of(in BoardNode node) => new(node.Points, node.ReachedTicks, node.IdHigh, node.IdLow);

    /// <summary>Negative when this key ranks before the node's, positive when after, zero for the same key.</summary>
    public int CompareTo(in BoardNode node)
    {
        if (Points != node.Points) return Points > node.Points ? -1 : 1;
        if (ReachedTicks != node.ReachedTicks) return ReachedTicks < node.ReachedTicks ? -1 : 1;
        if (IdHigh != node.IdHigh) return IdHigh < node.IdHigh ? -1 : 1;
        return IdLow.CompareTo(node.IdLow);
    }

    public DateTimeOffset? ReachedAt => ReachedTicks == NoReachedAt ? null : new DateTimeOffset(ReachedTicks, TimeSpan.Zero);

    public Guid UserId => StandingOrder.UserIdFromKey(IdHigh, IdLow);
}
