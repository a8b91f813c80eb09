using System.Globalization;
using System.Text;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Host.Seeding;

/// <summary>One set as POST /api/me/sets takes it.</summary>
public sealed record DemoSet(string SetId, string ExerciseId, string? Side, int? Reps, int? Seconds, decimal? LoadKg, DateTimeOffset PerformedAt);

/// <summary>
/// The demo history: for each of the days before today (in the user's time zone) a deterministic draw decides whether the user
/// trained and how many of each exercise's prescribed sets they did. Same inputs, same sets and set ids: a second
/// seeding run stores nothing new.
/// </summary>
public static class DemoHistory
{
    public static IReadOnlyList<DemoSet> For(DemoUser user, ExerciseCatalog catalog, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(catalog);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(user.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var sets = new List<DemoSet>();
        // Whole days before today only: today's sets would appear one by one as their times pass, and a second run
        // later the same day would then add some (the verb promises it adds nothing).
        for (var back = days; back >= 1; back--)
        {
            var day = today.AddDays(-back);
            if (Draw(user.Username, day, "day") >= user.Adherence) continue;
            var minute = 0;
            foreach (var exercise in catalog.Exercises)
            {
                // A good day is the full prescription; otherwise one set short (but at least one).
                var count = Draw(user.Username, day, exercise.Id) < user.Adherence ? exercise.Sets : Math.Max(1, exercise.Sets - 1);
                foreach (var side in exercise.Sided ? new string?[] { "left", "right" } : [null])
                {
                    for (var n = 1; n <= count; n++)
                    {
                        var performedAt = At(day, new TimeOnly(7, 30).AddMinutes(2 * minute++), zone);
                        sets.Add(new DemoSet(
                            string.Create(CultureInfo.InvariantCulture, $"demo-{day:yyyyMMdd}-{exercise.Id}-{side ?? "both"}-{n}"),
                            exercise.Id,
                            side,
                            exercise.IsTimed ? null : exercise.Reps,
                            exercise.IsTimed ? exercise.Seconds : null,
                            exercise.Where == "gym" ? 40m : null,
                            performedAt));
                    }
                }
            }
        }

        return sets;
    }

    private static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    /// <summary>A number in [0, 1) fixed by its inputs (FNV-1a; string.GetHashCode differs between runs).</summary>
    private static double Draw(string username, DateOnly day, string what)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{username}|{day:yyyy-MM-dd}|{what}")))
            hash = (hash ^ b) * 1099511628211UL;
        return (hash >> 11) / (double)(1UL << 53);
    }
}
