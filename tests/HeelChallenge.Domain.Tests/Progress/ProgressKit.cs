using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Builders for progress tests: the real catalog from seeds/, user events, folds and reports.</summary>
internal static class ProgressKit
{
    public static readonly ExerciseCatalog SeedCatalog = ExerciseCatalog.LoadDefault();

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, null);

    public static DateOnly Date(string iso) => DateOnly.Parse(iso, null);

    /// <summary>The instant of a local wall-clock time in a zone.</summary>
    public static DateTimeOffset Local(string zone, DateOnly date, TimeOnly time)
    {
        var tz = TimeZoneInfo.FindSystemTimeZoneById(zone);
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, tz.GetUtcOffset(local));
    }

    public static UserRegistered Registered(string zone, string at = "2026-01-01T00:00:00Z") =>
        new(Guid.NewGuid(), "user", "User", zone, At(at));

    public static UserRegistered Registered(string zone, DateTimeOffset at) => new(Guid.NewGuid(), "user", "User", zone, at);

    public static UserProfileChanged MovedTo(string zone, string at) => new("User", zone, At(at));

    /// <summary>A set of an exercise in its own unit (seconds if timed, else reps).</summary>
    public static LoggedSet Set(string setId, string exerciseId, int amount, DateTimeOffset performedAt, string? side = null)
    {
        var timed = SeedCatalog.Find(exerciseId)?.IsTimed ?? false;
        return new LoggedSet(setId, exerciseId, side, timed ? null : amount, timed ? amount : null, null, performedAt);
    }

    public static LoggedSet Set(string setId, string exerciseId, int amount, string performedAt, string? side = null) =>
        Set(setId, exerciseId, amount, At(performedAt), side);

    /// <summary>Logged when performed (a client that logs as it goes).</summary>
    public static SetLogged Log(LoggedSet set) => new(set, set.PerformedAt);

    public static SetLogged Log(string setId, string exerciseId, int amount, string performedAt, string? side = null) =>
        Log(Set(setId, exerciseId, amount, performedAt, side));

    public static SetCorrected Correct(LoggedSet set, string at) => new(set, At(at));

    public static SetVoided Void(string setId, string at) => new(setId, At(at));

    public static ProgressState Fold(IEnumerable<UserEvent> events)
    {
        var state = new ProgressState();
        foreach (var e in events) state.Apply(e);
        return state;
    }

    public static ProgressState Fold(params UserEvent[] events) => Fold(events.AsEnumerable());

    public static ProgressReport Report(ProgressState state, string now, int days = 30, int inactiveAfterDays = 3) =>
        ProgressReporter.Report(state, SeedCatalog, At(now), days, inactiveAfterDays);

    public static ProgressDayReport Day(ProgressReport report, string date) => report.Days.Single(d => d.Date == Date(date));

    public static ProgressSlotReport Slot(ProgressReport report, string date, string exerciseId, string? side = null) =>
        Day(report, date).Slots.Single(s => s.ExerciseId == exerciseId && s.Side == side);

    /// <summary>Every prescribed set of the day, at full prescription, performed at a local time in a zone.</summary>
    public static IEnumerable<UserEvent> FullDay(string zone, DateOnly date, string prefix, TimeOnly? time = null)
    {
        var at = Local(zone, date, time ?? new TimeOnly(12, 0));
        var n = 0;
        foreach (var (exercise, side) in ProgressSlots.Of(SeedCatalog))
        {
            for (var i = 0; i < exercise.Sets; i++)
                yield return Log(Set($"{prefix}-{n++}", exercise.Id, exercise.PrescribedAmount, at, side));
        }
    }

    /// <summary>
    /// Sets worth exactly <paramref name="credit"/> on one day (at most the day's 24): the fraction as one partial
    /// leg-press set (10 reps prescribed, so tenths), then full sets in catalog order.
    /// </summary>
    public static IEnumerable<UserEvent> CreditOnDay(string zone, DateOnly date, decimal credit, string prefix)
    {
        var at = Local(zone, date, new TimeOnly(12, 0));
        var fraction = credit - decimal.Truncate(credit);
        var full = (int)decimal.Truncate(credit);
        var n = 0;
        if (fraction > 0) yield return Log(Set($"{prefix}-{n++}", "leg-press", (int)(fraction * 10), at));
        foreach (var (exercise, side) in ProgressSlots.Of(SeedCatalog))
        {
            var room = exercise.Sets - (fraction > 0 && exercise.Id == "leg-press" ? 1 : 0);
            for (var i = 0; i < room && full > 0; i++, full--)
                yield return Log(Set($"{prefix}-{n++}", exercise.Id, exercise.PrescribedAmount, at, side));
        }
    }

    /// <summary>A credit spread over consecutive days going back from <paramref name="lastDay"/>, 24 a day at most.</summary>
    public static IEnumerable<UserEvent> CreditGoingBack(string zone, DateOnly lastDay, decimal credit, string prefix)
    {
        var perDay = ProgressSlots.PrescribedSetsPerDay(SeedCatalog);
        for (var day = lastDay; credit > 0; day = day.AddDays(-1))
        {
            var today = Math.Min(credit, perDay);
            foreach (var e in CreditOnDay(zone, day, today, $"{prefix}-{day:yyyyMMdd}")) yield return e;
            credit -= today;
        }
    }
}
