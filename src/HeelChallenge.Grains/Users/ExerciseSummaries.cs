using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Users;

/// <summary>Per (exercise, side) totals over a user's sets that are not voided, in catalog order then side.</summary>
internal static class ExerciseSummaries
{
    public static IReadOnlyList<ExerciseSummary> Compute(UserState state, ExerciseCatalog catalog)
    {
        var zone = TimeZones.TryFind(state.TimeZone, out var found) ? found : TimeZoneInfo.Utc;
        var order = catalog.Exercises.Select((e, i) => (e.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

        return state.Sets.Values
            .Where(r => !r.Voided)
            .Select(r => r.Current)
            .GroupBy(s => (s.ExerciseId, s.Side))
            .Select(g => new ExerciseSummary(
                g.Key.ExerciseId,
                g.Key.Side,
                g.Count(),
                g.Sum(s => (long)(s.Reps ?? 0)),
                g.Sum(s => (long)(s.Seconds ?? 0)),
                g.Max(s => s.LoadKg),
                g.Select(s => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(s.PerformedAt, zone).DateTime)).Distinct().Count(),
                g.MaxBy(s => s.PerformedAt.UtcTicks)!.PerformedAt))
            .OrderBy(s => order.GetValueOrDefault(s.ExerciseId, int.MaxValue))
            .ThenBy(s => s.ExerciseId, StringComparer.Ordinal)
            .ThenBy(s => s.Side, StringComparer.Ordinal)
            .ToList();
    }
}
