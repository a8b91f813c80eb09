using System.Collections.Concurrent;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Resolved time zones, cached: folding a set needs its zone, and a rebuild folds hundreds of thousands of sets.
/// A name the platform does not know (never accepted by the user decider) falls back to UTC.
/// </summary>
internal static class ProgressZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo Find(string id) =>
        Cache.GetOrAdd(id, static name => TimeZones.TryFind(name, out var zone) ? zone : TimeZoneInfo.Utc);

    /// <summary>The calendar date of an instant in a zone (a 23- or 25-hour DST day is still one date).</summary>
    public static DateOnly DateIn(DateTimeOffset instant, string zoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Find(zoneId)).DateTime);
}
