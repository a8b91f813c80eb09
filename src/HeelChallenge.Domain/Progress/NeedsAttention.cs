namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The roster's sort key: sort clients by it descending, most in need of attention first. Inactive clients come
/// first, then dropping ones, then by lowest 7-day adherence, then by the longest time since they were active.
/// Encoded as one number so a roster can sort and page on it:
/// inactive × 10^12 + dropping × 10^11 + (1000 − adherence7 in tenths of a point) × 10^7 + min(days since active, 10^7 − 1).
/// </summary>
public static class NeedsAttention
{
    public static long Score(bool inactive, bool dropping, decimal adherence7, int? daysSinceActive)
    {
        var tenths = (long)Math.Round(Math.Clamp(adherence7, 0m, 100m) * 10m, MidpointRounding.AwayFromZero);
        var since = Math.Clamp((long)(daysSinceActive ?? 0), 0L, 9_999_999L);
        return (inactive ? 1_000_000_000_000L : 0L)
               + (dropping ? 100_000_000_000L : 0L)
               + (1000L - tenths) * 10_000_000L
               + since;
    }
}
