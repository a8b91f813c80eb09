namespace HeelChallenge.Domain.Leaderboards;

/// <summary>
/// A <see cref="BoardTree"/> node, stored by value (48 bytes): its key, a random heap priority, child indexes
/// (0 = none) and the size of its subtree.
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
