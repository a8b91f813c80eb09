namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// An order-statistic treap over <see cref="BoardKey"/>: a binary search tree on the key that is also a heap on
/// random priorities (so it stays balanced in expectation), with subtree sizes for O(log n) ranks. Nodes live by
/// value in one array with a free list: no object per participant. Priorities come from a fixed-seed generator, so
/// the same operations always build the same shape.
/// </summary>
internal sealed class BoardTree
{
    public const int Nil = 0; // _nodes[0] is a sentinel with Size 0, so child sizes need no checks

    private BoardNode[] _nodes;
    private int _root = Nil;
    private int _used;
    private int _free = Nil; // free nodes are linked through Left
    private uint _random = 0x9E3779B9;

    public BoardTree(int capacity) => _nodes = new BoardNode[capacity + 1];

    public BoardKey KeyOf(int node) => BoardKey.Of(_nodes[node]);

    /// <summary>A fresh node with a random priority, not yet in the tree.</summary>
    public int Allocate()
    {
        int node;
        if (_free != Nil)
        {
            node = _free;
            _free = _nodes[node].Left;
        }
        else
        {
            if (_used + 1 == _nodes.Length) Array.Resize(ref _nodes, Math.Max(16, _nodes.Length * 2));
            node = ++_used;
        }

        _nodes[node] = new BoardNode { Priority = NextPriority(), Size = 1 };
        return node;
    }

    /// <summary>Returns a node that is no longer in the tree to the free list.</summary>
    public void Free(int node)
    {
        _nodes[node] = new BoardNode { Left = _free };
        _free = node;
    }

    public void Clear()
    {
        Array.Clear(_nodes);
        _root = _free = Nil;
        _used = 0;
    }

    /// <summary>Puts a detached node into the tree under its new key and answers its 1-based rank.</summary>
    public int Insert(int node, BoardKey key)
    {
        var nodes = _nodes;
        nodes[node].SetKey(key);
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

    /// <summary>Unlinks a node from the tree, keeping its index and key; its children merge into its place.</summary>
    public void Detach(int node)
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

    public int RankOf(int node)
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

    /// <summary>Writes the entries ranked first..last (1-based, within Count) to <paramref name="output"/>: O(log n + k).</summary>
    public void CopyRange(int first, int last, Span<RankedEntry> output)
    {
        var written = 0;
        Collect(_root, first, last, 0, output, ref written);
    }

    // In-order walk that enters only subtrees holding ranks in first..last; ranks in `tree` start after `before`.
    private void Collect(int tree, int first, int last, int before, Span<RankedEntry> output, ref int written)
    {
        while (tree != Nil)
        {
            ref var node = ref _nodes[tree];
            var rank = before + _nodes[node.Left].Size + 1;
            if (first < rank) Collect(node.Left, first, last, before, output, ref written);
            if (rank > last) return;
            if (rank >= first)
            {
                var key = BoardKey.Of(node);
                output[written++] = new RankedEntry(rank, key.UserId, key.Points, key.ReachedAt);
            }

            before = rank;
            tree = node.Right;
        }
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
