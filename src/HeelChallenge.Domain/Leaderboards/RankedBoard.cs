namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// A leaderboard in clause 7's order (points desc, reachedAt asc with null last, user id "D" ordinal) that stays fast
/// at 100,000+ participants: set, remove and rank in O(log n); top-N and around-me in O(log n + k), never sorting.
/// It is a treap (a binary search tree on the order key that is also a heap on random priorities, so it stays
/// balanced in expectation) with subtree sizes, stored in one array of structs with a free list. Priorities come
/// from a fixed-seed generator, so the same operations give the same shape. Not thread-safe: a grain owns it.
/// </summary>
public sealed class RankedBoard
{
    private const int Nil = 0; // _nodes[0] is a sentinel with Size 0, so child sizes need no null checks

    private readonly Dictionary<Guid, int> _byUser;
    private BoardNode[] _nodes;
    private int _root = Nil;
    private int _used;
    private int _free = Nil; // free nodes are linked through Left
    private uint _random = 0x9E3779B9;

    public RankedBoard(int capacity = 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _nodes = new BoardNode[capacity + 1];
        _byUser = new Dictionary<Guid, int>(capacity);
    }

    public int Count => _byUser.Count;

    public bool Contains(Guid userId) => _byUser.ContainsKey(userId);

    /// <summary>Adds or moves a participant and answers their new 1-based rank.</summary>
    public int Set(Guid userId, int points, DateTimeOffset? reachedAt)
    {
        var key = BoardKey.From(userId, points, reachedAt);
        if (_byUser.TryGetValue(userId, out var node))
        {
            if (key.CompareTo(_nodes[node]) == 0) return RankOfNode(node);
            Detach(node);
        }
        else
        {
            node = Allocate();
            _byUser.Add(userId, node);
            _nodes[node].Priority = NextPriority();
        }

        _nodes[node].SetKey(key);
        return Insert(node, key);
    }

    /// <summary>Takes a participant off the board; false when they were not on it.</summary>
    public bool Remove(Guid userId)
    {
        if (!_byUser.Remove(userId, out var node)) return false;
        Detach(node);
        _nodes[node] = new BoardNode { Left = _free };
        _free = node;
        return true;
    }

    /// <summary>The participant's 1-based rank, or null when they are not on the board.</summary>
    public int? RankOf(Guid userId) => _byUser.TryGetValue(userId, out var node) ? RankOfNode(node) : null;

    public bool TryGet(Guid userId, out RankedEntry entry)
    {
        if (!_byUser.TryGetValue(userId, out var node))
        {
            entry = default;
            return false;
        }

        entry = EntryOf(node, RankOfNode(node));
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
        var rank = RankOfNode(node);
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
        var written = 0;
        Collect(_root, firstRank, last, 0, entries, ref written);
        return entries;
    }

    public void Clear()
    {
        _byUser.Clear();
        Array.Clear(_nodes);
        _root = _free = Nil;
        _used = 0;
    }

    private int Insert(int node, BoardKey key)
    {
        var nodes = _nodes;
        ref var link = ref _root;
        var before = 0;
        // Walk down while the tree's nodes outrank the new one's priority; each grows by one below it.
        while (link != Nil && nodes[link].Priority >= nodes[node].Priority)
        {
            ref var current = ref nodes[link];
            current.Size++;
            if (key.CompareTo(current) > 0)
            {
                before += nodes[current.Left].Size + 1;
                link = ref current.Right;
            }
            else
            {
                link = ref current.Left;
            }
        }

        // The new node takes this place; the subtree it displaces splits into what ranks before and after it.
        ref var inserted = ref nodes[node];
        Split(link, key, out inserted.Left, out inserted.Right);
        inserted.Size = nodes[inserted.Left].Size + nodes[inserted.Right].Size + 1;
        link = node;
        return before + nodes[inserted.Left].Size + 1;
    }

    private void Split(int tree, in BoardKey key, out int before, out int after)
    {
        if (tree == Nil)
        {
            before = after = Nil;
            return;
        }

        ref var node = ref _nodes[tree];
        if (key.CompareTo(node) > 0)
        {
            Split(node.Right, key, out node.Right, out after);
            before = tree;
        }
        else
        {
            Split(node.Left, key, out before, out node.Left);
            after = tree;
        }

        node.Size = _nodes[node.Left].Size + _nodes[node.Right].Size + 1;
    }

    /// <summary>Unlinks a node from the tree (its index stays allocated); its children merge into its place.</summary>
    private void Detach(int node)
    {
        var nodes = _nodes;
        var key = BoardKey.Of(nodes[node]);
        ref var link = ref _root;
        while (link != node)
        {
            ref var current = ref nodes[link];
            current.Size--;
            link = ref key.CompareTo(current) < 0 ? ref current.Left : ref current.Right;
        }

        link = Merge(nodes[node].Left, nodes[node].Right);
        nodes[node].Left = nodes[node].Right = Nil;
        nodes[node].Size = 1;
    }

    private int Merge(int before, int after)
    {
        if (before == Nil) return after;
        if (after == Nil) return before;
        ref var a = ref _nodes[before];
        ref var b = ref _nodes[after];
        if (a.Priority >= b.Priority)
        {
            a.Right = Merge(a.Right, after);
            a.Size = _nodes[a.Left].Size + _nodes[a.Right].Size + 1;
            return before;
        }

        b.Left = Merge(before, b.Left);
        b.Size = _nodes[b.Left].Size + _nodes[b.Right].Size + 1;
        return after;
    }

    private int RankOfNode(int node)
    {
        var nodes = _nodes;
        var key = BoardKey.Of(nodes[node]);
        var before = 0;
        var current = _root;
        while (current != node)
        {
            ref var at = ref nodes[current];
            if (key.CompareTo(at) < 0)
            {
                current = at.Left;
            }
            else
            {
                before += nodes[at.Left].Size + 1;
                current = at.Right;
            }
        }

        return before + nodes[nodes[node].Left].Size + 1;
    }

    /// <summary>In-order walk of the ranks first..last only: O(log n + k). Ranks in <paramref name="tree"/> start after <paramref name="before"/>.</summary>
    private void Collect(int tree, int first, int last, int before, Span<RankedEntry> output, ref int written)
    {
        while (tree != Nil)
        {
            ref var node = ref _nodes[tree];
            var rank = before + _nodes[node.Left].Size + 1;
            if (first < rank) Collect(node.Left, first, last, before, output, ref written);
            if (rank > last) return;
            if (rank >= first) output[written++] = EntryOf(tree, rank);
            before = rank;
            tree = node.Right;
        }
    }

    private RankedEntry EntryOf(int node, int rank)
    {
        var key = BoardKey.Of(_nodes[node]);
        return new RankedEntry(rank, key.UserId, key.Points, key.ReachedAt);
    }

    private int Allocate()
    {
        if (_free != Nil)
        {
            var node = _free;
            _free = _nodes[node].Left;
            _nodes[node] = default;
            return node;
        }

        if (_used + 1 == _nodes.Length) Array.Resize(ref _nodes, Math.Max(16, _nodes.Length * 2));
        return ++_used;
    }

    /// <summary>xorshift32: cheap, deterministic, and good enough to keep a treap balanced.</summary>
    private int NextPriority()
    {
        var x = _random;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _random = x;
        return (int)(x >> 1);
    }
}
