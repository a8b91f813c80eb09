namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// The sets of one slot, kept in clause 4's order, and what its best <c>sets</c> contribute: their points, whether
/// they are all 10 (the slot is full), and the latest instant among those with points (for reachedAt).
/// </summary>
internal sealed class SlotState
{
    public const long NoTicks = -1;

    private readonly List<PlacedSet> _sets = [];

    public int Count => _sets.Count;

    public int CountedPoints { get; private set; }

    public bool Full { get; private set; }

    /// <summary>UTC ticks of the latest counted set with more than 0 points, or <see cref="NoTicks"/>.</summary>
    public long LatestTicks { get; private set; } = NoTicks;

    public void Add(PlacedSet set, int sets)
    {
        var at = _sets.BinarySearch(set, SlotOrder.Instance);
        _sets.Insert(at < 0 ? ~at : at, set);
        Recompute(sets);
    }

    public void Remove(PlacedSet set, int sets)
    {
        var at = _sets.BinarySearch(set, SlotOrder.Instance);
        if (at < 0) throw new InvalidOperationException($"Set '{set.Set.SetId}' is not in its slot.");
        _sets.RemoveAt(at);
        Recompute(sets);
    }

    private void Recompute(int sets)
    {
        var counted = Math.Min(sets, _sets.Count);
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
