using System.Text;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Shares the strings of a column whose values repeat (stream ids, event metadata) across the rows read. Direct-mapped
/// and bounded: a slot keeps the last string hashed to it; a miss decodes a new string (as without the cache) and
/// keeps that one, so a store with more distinct values than slots costs nothing extra. A rebuild reads a million rows
/// of ~2,000 streams: a string per row was ~8 % of its allocations.
/// </summary>
internal sealed class Utf8StringCache(int slots)
{
    private readonly string?[] _slots = new string?[slots];

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        var slot = (int)((uint)hash.ToHashCode() % (uint)_slots.Length);
        // Only ASCII values (ids, JSON of ASCII names) ever match; others are decoded every time.
        if (_slots[slot] is { } kept && Ascii.Equals(utf8, kept)) return kept;
        var value = Encoding.UTF8.GetString(utf8);
        _slots[slot] = value;
        return value;
    }
}
