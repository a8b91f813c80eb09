using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The progress rules, as a pure query over a <see cref="ProgressState"/>:
/// <list type="number">
/// <item>A day's prescription is the catalog's (<see cref="ProgressSlots"/>): every exercise, one slot per exercise
/// or per side, each <c>sets</c> sets of <c>reps</c>/<c>seconds</c> (24 sets a day with the shipped catalog).</item>
/// <item>The day of a set is the calendar date of its performedAt in the user's zone at that instant
/// (<see cref="ProgressState"/>); today is the date of <c>now</c> in the user's current zone.</item>
/// <item>Per day and slot, done = the live sets there; a set's credit is min(1, performed / prescribed); the slot
/// counts the best <c>sets</c> credits (<see cref="ProgressSlotReport"/>).</item>
/// <item>Adherence over D days ending today (today included) = Σ counted credit ÷ Σ prescribed sets, in percent
/// with one decimal (half away from zero): <see cref="ProgressReport.Adherence7"/> (today−6..today),
/// <see cref="ProgressReport.PreviousAdherence7"/> (today−13..today−7), <see cref="ProgressReport.Adherence30"/>
/// (today−29..today). Windows are calendar days and are not shortened for a recent registration.</item>
/// <item>Streaks: <see cref="Streaks"/>. Last active: the latest performedAt of a live set.</item>
/// <item>Flags: inactive when <see cref="ProgressReport.DaysSinceActive"/> ≥ N = <c>inactiveAfterDays</c>
/// (days since = today − the date of the last set in the current zone, or of registration when there is no set);
/// dropping when PreviousAdherence7 − Adherence7 ≥ 20 on the shown values. Sort key: <see cref="NeedsAttention"/>.</item>
/// </list>
/// Sets whose exercise or side fits no slot of the catalog still make a day active but appear in no slot.
/// </summary>
public static class ProgressReporter
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;
    public const int DefaultInactiveAfterDays = 3;
    public const decimal DropPoints = 20m;

    public static ProgressReport Report(ProgressState state, ExerciseCatalog catalog, DateTimeOffset now,
        int days = DefaultDays, int inactiveAfterDays = DefaultInactiveAfterDays)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, MaxDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(inactiveAfterDays, 1);

        var zone = state.TimeZone;
        var today = ProgressZones.DateIn(now, zone);
        var slots = ProgressSlots.Of(catalog);
        var perDay = slots.Sum(s => s.Exercise.Sets);

        // Day i is today − i; the adherence windows need 30 days even when fewer are listed.
        var computed = Enumerable.Range(0, Math.Max(days, 30))
            .Select(i => DayOf(state, slots, perDay, today.AddDays(-i)))
            .ToArray();
        var adherence7 = Adherence(computed, 0, 7, perDay);
        var previous7 = Adherence(computed, 7, 7, perDay);
        var adherence30 = Adherence(computed, 0, 30, perDay);

        var (current, longest) = Streaks.Of(state.Days.Keys, today);
        var since = state.LastActiveAt ?? state.RegisteredAt;
        int? daysSinceActive = since is { } at ? Math.Max(0, today.DayNumber - ProgressZones.DateIn(at, zone).DayNumber) : null;
        var flags = new ProgressFlags(
            Inactive: daysSinceActive >= inactiveAfterDays,
            Dropping: previous7 - adherence7 >= DropPoints);

        return new ProgressReport(state.UserId, zone, today, computed.Take(days).Select(d => d.Report).ToArray(),
            adherence7, adherence30, previous7, current, longest, state.LastActiveAt, daysSinceActive,
            inactiveAfterDays, flags, NeedsAttention.Score(flags.Inactive, flags.Dropping, adherence7, daysSinceActive));
    }

    private static decimal Adherence((ProgressDayReport Report, Credit Credit)[] computed, int skip, int take, int perDay)
    {
        var credit = new Credit();
        foreach (var day in computed.Skip(skip).Take(take)) credit.Add(day.Credit);
        return credit.PercentOf((long)take * perDay);
    }

    private static (ProgressDayReport Report, Credit Credit) DayOf(ProgressState state,
        IReadOnlyList<(Exercise Exercise, string? Side)> slots, int perDay, DateOnly date)
    {
        state.Days.TryGetValue(date, out var day);
        var dayCredit = new Credit();
        var reports = new ProgressSlotReport[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var (exercise, side) = slots[i];
            var prescribed = exercise.PrescribedAmount;
            var performed = day is not null && day.Slots.TryGetValue(ProgressSlots.KeyOf(exercise.Id, side), out var ids)
                ? ids.Select(id => ProgressSlots.PerformedBy(exercise, state.Sets[id].Set)).ToArray()
                : [];
            // The best `sets` credits are the `sets` largest amounts, each capped at the prescription.
            var counted = performed.Select(p => (long)Math.Min(p, prescribed)).OrderDescending().Take(exercise.Sets).Sum();
            var slotCredit = new Credit();
            slotCredit.Add(counted, prescribed);
            dayCredit.Add(slotCredit);
            reports[i] = new ProgressSlotReport(exercise.Id, side, exercise.Unit, exercise.Sets, prescribed,
                performed.Length, performed.Sum(), slotCredit.Round(2));
        }

        var report = new ProgressDayReport(date, perDay, reports.Sum(r => r.SetsDone), dayCredit.Round(2),
            dayCredit.PercentOf(perDay), reports);
        return (report, dayCredit);
    }
}
