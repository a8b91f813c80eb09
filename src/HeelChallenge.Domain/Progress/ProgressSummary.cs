using System.Numerics;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Everything the headline figures (adherence, streaks, last active, flags) need, a few hundred bytes however long the
/// history: the credits of the active days from <see cref="LastActiveDay"/> − <see cref="RecentDaysKept"/> on, the
/// streak runs and the anchors. A pure function of the <see cref="ProgressState"/> (not of the clock), so a coach's
/// roster keeps one per client and evaluates it at read time (<see cref="Evaluate"/>): the windows move with the clock,
/// the summary only changes when the client's stream does. Older days can never fall into a window again: a window ends
/// today, and today is never more than a day before the latest active day (sets are at most minutes in the future,
/// zones at most a day apart).
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-summary")]
public sealed record ProgressSummary(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateTimeOffset? RegisteredAt,
    [property: Id(3)] DateOnly? StartedOn,
    [property: Id(4)] DateTimeOffset? LastActiveAt,
    [property: Id(5)] DateOnly? LastActiveDay,
    [property: Id(6)] int LastRun,
    [property: Id(7)] int LongestStreak,
    [property: Id(8)] IReadOnlyList<DayCredit> RecentDays)
{
    /// <summary>30-day window + the day "today" may lag behind the latest active day + a day of margin.</summary>
    public const int RecentDaysKept = 31;

    public static ProgressSummary Of(ProgressState state, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(state);
        var plan = DayPlan.Of(catalog);
        var (run, longest, first, last) = Streaks.Runs(state.Days.Keys);
        DateOnly? registeredOn = state.RegisteredAt is { } at ? state.DayOf(at) : null;
        DateOnly? startedOn = (registeredOn, first) switch
        {
            ({ } r, { } f) => r < f ? r : f,
            ({ } r, null) => r,
            (null, var f) => f,
        };
        var recent = last is { } lastDay
            ? state.Days.Keys.Where(d => d.DayNumber >= lastDay.DayNumber - RecentDaysKept).Order()
                .Select(d => new DayCredit(d, checked((long)plan.Credit(state, d)))).ToArray()
            : [];
        return new ProgressSummary(state.UserId, state.TimeZone, state.RegisteredAt, startedOn, state.LastActiveAt, last, run, longest, recent);
    }

    /// <summary>The figures at <paramref name="now"/>, with the inactivity threshold N = <paramref name="inactiveAfterDays"/>.</summary>
    public ProgressFigures Evaluate(ExerciseCatalog catalog, DateTimeOffset now, int inactiveAfterDays = ProgressReporter.DefaultInactiveAfterDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inactiveAfterDays, 1);
        var plan = DayPlan.Of(catalog);
        var today = ProgressZones.DateIn(now, TimeZone);
        var adherence7 = Adherence(plan, today, 0, 7) ?? 0m;
        var previous7 = Adherence(plan, today, 7, 7);
        var adherence30 = Adherence(plan, today, 0, 30) ?? 0m;

        var current = LastActiveDay is { } lastDay && lastDay.DayNumber >= today.DayNumber - 1 ? LastRun : 0;
        var since = LastActiveAt ?? RegisteredAt;
        int? daysSinceActive = since is { } at ? Math.Max(0, today.DayNumber - ProgressZones.DateIn(at, TimeZone).DayNumber) : null;
        var flags = new ProgressFlags(
            Inactive: daysSinceActive >= inactiveAfterDays,
            Dropping: previous7 - adherence7 >= ProgressReporter.DropPoints);
        return new ProgressFigures(today, StartedOn, adherence7, adherence30, previous7, current, LongestStreak, LastActiveAt,
            daysSinceActive, inactiveAfterDays, flags, NeedsAttention.Score(flags.Inactive, flags.Dropping, adherence7, daysSinceActive));
    }

    /// <summary>
    /// Rule 4 over the window of <paramref name="take"/> days ending <paramref name="skip"/> days before today, clamped to
    /// start no earlier than <see cref="StartedOn"/>; null when no day of the window is left.
    /// </summary>
    private decimal? Adherence(DayPlan plan, DateOnly today, int skip, int take)
    {
        var to = today.DayNumber - skip;
        var from = Math.Max(to - take + 1, StartedOn?.DayNumber ?? int.MaxValue);
        if (from > to) return null;
        BigInteger units = 0;
        foreach (var day in RecentDays)
        {
            if (day.Date.DayNumber >= from && day.Date.DayNumber <= to) units += day.Units;
        }

        return plan.Scale.Round(units, 100, (long)(to - from + 1) * plan.PrescribedSetsPerDay, 1);
    }

    public bool Equals(ProgressSummary? other) =>
        other is not null
        && UserId == other.UserId && TimeZone == other.TimeZone && RegisteredAt == other.RegisteredAt
        && StartedOn == other.StartedOn && LastActiveAt == other.LastActiveAt && LastActiveDay == other.LastActiveDay
        && LastRun == other.LastRun && LongestStreak == other.LongestStreak && RecentDays.SequenceEqual(other.RecentDays);

    public override int GetHashCode() => HashCode.Combine(UserId, LastActiveAt, LastRun, RecentDays.Count);
}
