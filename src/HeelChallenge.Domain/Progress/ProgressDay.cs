namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The live (non-voided) sets of one calendar day, by slot key (<see cref="ProgressSlots.KeyOf"/>). Only days with
/// at least one live set exist in <see cref="ProgressState.Days"/>, so "active day" is simply "day present".
/// </summary>
[GenerateSerializer, Alias("progress-day")]
public sealed class ProgressDay
{
    /// <summary>Set ids by slot key; the order inside a slot carries no meaning.</summary>
    [Id(0)] public Dictionary<string, List<string>> Slots { get; set; } = new(StringComparer.Ordinal);

    public int SetCount => Slots.Values.Sum(s => s.Count);

    public bool IsEmpty => Slots.Count == 0;

    internal void Add(string slotKey, string setId)
    {
        if (!Slots.TryGetValue(slotKey, out var ids))
        {
            ids = [];
            Slots.Add(slotKey, ids);
        }

        ids.Add(setId);
    }

    internal void Remove(string slotKey, string setId)
    {
        if (!Slots.TryGetValue(slotKey, out var ids) || !ids.Remove(setId))
            throw new InvalidOperationException($"Set '{setId}' is not in slot '{slotKey}' of its day.");
        if (ids.Count == 0) Slots.Remove(slotKey);
    }
}
