namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// A treap node stored by value in one array (48 bytes, no object per participant): its key, a random heap
/// priority, child indexes (0 = none) and the size of its subtree, which makes ranks O(log n).
/// </summary>
internal struct BoardNode
{
    public int Points;
    public int Priority;
    public long ReachedTicks;
    public ulong IdHigh;
    public ulong IdLow;
    public int Left;
    public int Right;
    public int Size;

    public void SetKey(in BoardKey key)
    {
        Points = key.Points;
        ReachedTicks = key.ReachedTicks;
        IdHigh = key.IdHigh;
        IdLow = key.IdLow;
    }
}
