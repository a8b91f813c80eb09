namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// The sets of one slot, kept in clause 4's order, and what its best <c>sets</c> contribute: their points, whether
/// they are all 10 (the slot is full), and the latest instant among those with points (for reachedAt).
/// </summary>
/// <remarks>
/// A struct inline in its scorer's dictionary (changed through a reference to it), and its sets in an array of its
/// own sized to what the slot holds (mostly one to three sets): a large board keeps hundreds of thousands of slots,
/// and an object per slot plus a List with room for four were most of the objects a rebuild kept.
/// </remarks>
internal struct SlotState
{
    public const long NoTicks = -1;

    private PlacedSet[] _sets;
    private int _count;

    public SlotState()
    {
        _sets = new PlacedSet[1];
        LatestTicks = NoTicks;
    }

    public readonly int Count => _count;

    public int CountedPoints { readonly get; private set; }

    public bool Full { readonly get; private set; }

    /// <summary>UTC ticks of the latest counted set with more than 0 points, or <see cref="NoTicks"/>.</summary>
    public long LatestTicks { readonly get; private set; }

    public void Add(PlacedSet set, int sets)
    {
        var at = Array.BinarySearch(_sets, 0, _count, set, SlotOrder.Instance);
        at = at < 0 ? ~at : at;
        if (_count == _sets.Length) Array.Resize(ref _sets, _count * 2);
        Array.Copy(_sets, at, _sets, at + 1, _count - at);
        _sets[at] = set;
        _count++;
        Recompute(sets);
    }

    public void Remove(PlacedSet set, int sets)
    {
        var at = Array.BinarySearch(_sets, 0, _count, set, SlotOrder.Instance);
        if (at < 0) throw new InvalidOperationException($"Set '{set.Set.SetId}' is not in its slot.");
        _count--;
        Array.Copy(_sets, at + 1, _sets, at, _count - at);
        _sets[_count] = default;
        Recompute(sets);
    }

    private void Recompute(int sets)
    {
        var counted = Math.Min(sets, _count);
        var points = 0;
        var tens = 0;
        var latest = NoTicks;
        for (var i = 0; i < counted; i++)
        {
            var set = _sets[i];
            points += set.Points;
            if (set.Points == ScoringRule.MaxSetPoints) tens++;
            if (set.Points > 0 && set.Ticks > latest) latest = set.Ticks;
        }

        CountedPoints = points;
        Full = tens == sets;
        LatestTicks = latest;
    }
}
