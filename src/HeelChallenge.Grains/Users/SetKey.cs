namespace HeelChallenge.Grains.Users;

/// <summary>Where a set sorts in a user's history: by performedAt (UTC ticks), then set id (ordinal).</summary>
internal readonly record struct SetKey(long PerformedAtTicks, string SetId) : IComparable<SetKey>
{
    /// <summary>The position just before every set performed at <paramref name="ticks"/> (set ids are never empty).</summary>
    public static SetKey Before(long ticks) => new(ticks, "");

    public int CompareTo(SetKey other)
    {
        var byTime = PerformedAtTicks.CompareTo(other.PerformedAtTicks);
        return byTime != 0 ? byTime : string.CompareOrdinal(SetId, other.SetId);
    }
}
