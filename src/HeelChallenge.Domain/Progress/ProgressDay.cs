namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The live (non-voided) sets of one calendar day. Only days with at least one live set exist in
/// <see cref="ProgressState.Days"/>, so "active day" is simply "day present".
/// </summary>
/// <remarks>
/// One flat list of set ids per day, grouped by slot only when a day is reported (<see cref="DayPlan"/>): a day holds
/// a handful of sets, and a list per slot per day was most of the objects a rebuild of every user's progress kept.
/// </remarks>
[GenerateSerializer, Alias("progress-day")]
public sealed class ProgressDay
{
    /// <summary>The ids of the day's live sets; the order carries no meaning.</summary>
    [Id(1)] public List<string> SetIds { get; set; } = new(4);

    public int SetCount => SetIds.Count;

    public bool IsEmpty => SetIds.Count == 0;

    internal void Add(string setId) => SetIds.Add(setId);

    internal void Remove(string setId)
    {
        var at = SetIds.IndexOf(setId);
        if (at < 0) throw new InvalidOperationException($"Set '{setId}' is not on its day.");
        // Order carries no meaning: the last id takes the removed one's place.
        SetIds[at] = SetIds[^1];
        SetIds.RemoveAt(SetIds.Count - 1);
    }
}
