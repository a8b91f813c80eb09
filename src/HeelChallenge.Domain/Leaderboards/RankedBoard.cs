namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// A leaderboard in clause 7's order (points desc, reachedAt asc with null last, user id as lower-case "D" string
/// ordinal) that stays fast at 100,000+ participants: set, remove and rank in O(log n); top-N and around-me in
/// O(log n + k), never sorting. A dictionary finds a participant's node in a <see cref="BoardTree"/>, an
/// array-backed order-statistic treap. Not thread-safe: a grain owns it.
/// </summary>
public sealed class RankedBoard
{
    private readonly Dictionary<Guid, int> _byUser;
    private readonly BoardTree _tree;

    public RankedBoard(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _byUser = new Dictionary<Guid, int>(capacity);
        _tree = new BoardTree(capacity);
    }

    public int Count => _byUser.Count;

    public bool Contains(Guid userId) => _byUser.ContainsKey(userId);

    /// <summary>Adds or moves a participant and answers their new 1-based rank.</summary>
    public int Set(Guid userId, int points, DateTimeOffset? reachedAt)
    {
        var key = BoardKey.From(userId, points, reachedAt);
        if (_byUser.TryGetValue(userId, out var node))
        {
            if (key == _tree.KeyOf(node)) return _tree.RankOf(node);
            _tree.Detach(node);
        }
        else
        {
            node = _tree.Allocate();
            _byUser.Add(userId, node);
        }

        return _tree.Insert(node, key);
    }

    /// <summary>Takes a participant off the board; false when they were not on it.</summary>
    public bool Remove(Guid userId)
    {
        if (!_byUser.Remove(userId, out var node)) return false;
        _tree.Detach(node);
        _tree.Free(node);
        return true;
    }

    /// <summary>The participant's 1-based rank, or null when they are not on the board.</summary>
    public int? RankOf(Guid userId) => _byUser.TryGetValue(userId, out var node) ? _tree.RankOf(node) : null;

    public bool TryGet(Guid userId, out RankedEntry entry)
    {
        if (!_byUser.TryGetValue(userId, out var node))
        {
            entry = default;
            return false;
        }

        var key = _tree.KeyOf(node);
        entry = new RankedEntry(_tree.RankOf(node), userId, key.Points, key.ReachedAt);
        return true;
    }

    /// <summary>The first <paramref name="count"/> entries (fewer when the board is smaller).</summary>
    public IReadOnlyList<RankedEntry> Top(int count) => Range(1, count);

    /// <summary>
    /// The participant's entry with up to <paramref name="before"/> entries ranked above and <paramref name="after"/>
    /// below; empty when they are not on the board.
    /// </summary>
    public IReadOnlyList<RankedEntry> Around(Guid userId, int before, int after)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(before);
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        if (!_byUser.TryGetValue(userId, out var node)) return [];
        var rank = _tree.RankOf(node);
        var first = Math.Max(1, rank - before);
        return Range(first, (int)Math.Min(int.MaxValue, (long)rank + after - first + 1));
    }

    /// <summary>Up to <paramref name="count"/> entries from rank <paramref name="firstRank"/> (1-based) on.</summary>
    public IReadOnlyList<RankedEntry> Range(int firstRank, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(firstRank, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var last = (int)Math.Min(Count, (long)firstRank + count - 1);
        if (last < firstRank) return [];
        var entries = new RankedEntry[last - firstRank + 1];
        _tree.CopyRange(firstRank, last, entries);
        return entries;
    }

    public void Clear()
    {
        _byUser.Clear();
        _tree.Clear();
    }
}
