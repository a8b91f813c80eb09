using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Users;

/// <summary>
/// A user's sets sorted oldest first, kept next to the grain's state so a page of history is a binary search plus
/// the page (O(log n + limit)) instead of a sort per request. Two lists: all sets, and those not voided.
/// Inserting is a memmove at worst and an append in the usual case (new sets are the newest).
/// </summary>
internal sealed class SetIndex
{
    private readonly List<SetKey> _all = [];
    private readonly List<SetKey> _active = [];
    private readonly Dictionary<string, SetKey> _keys = new(StringComparer.Ordinal);

    public void Rebuild(IEnumerable<SetRecord> records)
    {
        _all.Clear();
        _active.Clear();
        _keys.Clear();
        foreach (var record in records)
        {
            var key = KeyOf(record);
            _keys[record.Current.SetId] = key;
            _all.Add(key);
            if (!record.Voided) _active.Add(key);
        }

        _all.Sort();
        _active.Sort();
    }

    public void Update(SetRecord record)
    {
        if (_keys.TryGetValue(record.Current.SetId, out var old))
        {
            Remove(_all, old);
            Remove(_active, old);
        }

        var key = KeyOf(record);
        _keys[record.Current.SetId] = key;
        Insert(_all, key);
        if (!record.Voided) Insert(_active, key);
    }

    /// <summary>Newest first: sets with <paramref name="from"/> ≤ key &lt; <paramref name="before"/>.</summary>
    public IEnumerable<SetKey> NewestFirst(SetKey before, SetKey from, bool includeVoided)
    {
        var list = includeVoided ? _all : _active;
        for (var i = LowerBound(list, before) - 1; i >= 0 && list[i].CompareTo(from) >= 0; i--)
            yield return list[i];
    }

    private static SetKey KeyOf(SetRecord record) => new(record.Current.PerformedAt.UtcTicks, record.Current.SetId);

    private static int LowerBound(List<SetKey> list, SetKey key)
    {
        var i = list.BinarySearch(key);
        return i >= 0 ? i : ~i;
    }

    private static void Insert(List<SetKey> list, SetKey key)
    {
        if (list.Count == 0 || list[^1].CompareTo(key) < 0)
        {
            list.Add(key);
            return;
        }

        var i = list.BinarySearch(key);
        if (i < 0) list.Insert(~i, key);
    }

    private static void Remove(List<SetKey> list, SetKey key)
    {
        var i = list.BinarySearch(key);
        if (i >= 0) list.RemoveAt(i);
    }
}
