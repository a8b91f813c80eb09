namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// Clause 4's order inside a slot: highest points first; among equal points the earlier performedAt (as an
/// instant), then the smaller setId (ordinal). Set ids are unique per participant, so the order is total.
/// </summary>
internal sealed class SlotOrder : IComparer<PlacedSet>
{
    public static readonly SlotOrder Instance = new();

    public int Compare(PlacedSet x, PlacedSet y)
    {
        if (ReferenceEquals(x.Set, y.Set)) return 0;
        if (x.Points != y.Points) return y.Points.CompareTo(x.Points);
        var byTime = x.Ticks.CompareTo(y.Ticks);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.Set.SetId, y.Set.SetId);
    }
}
