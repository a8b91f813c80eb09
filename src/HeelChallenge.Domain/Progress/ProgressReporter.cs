using System.Numerics;
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
        var plan = DayPlan.Of(catalog);
        var perDay = plan.PrescribedSetsPerDay;

        // Day i is today − i; the adherence windows need 30 days even when fewer are listed.
        var computed = Enumerable.Range(0, Math.Max(days, 30)).Select(i => DayOf(state, plan, today.AddDays(-i))).ToArray();
        var adherence7 = Adherence(plan, computed, 0, 7);
        var previous7 = Adherence(plan, computed, 7, 7);
        var adherence30 = Adherence(plan, computed, 0, 30);

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

    private static decimal Adherence(DayPlan plan, (ProgressDayReport Report, BigInteger Credit)[] computed, int skip, int take)
    {
        BigInteger credit = 0;
        for (var i = skip; i < skip + take; i++) credit += computed[i].Credit;
        return plan.Scale.Round(credit, 100, (long)take * plan.PrescribedSetsPerDay, 1);
    }

    /// <summary>One day's report and its exact credit (in units of the plan's credit scale).</summary>
    private static (ProgressDayReport Report, BigInteger Credit) DayOf(ProgressState state, DayPlan plan, DateOnly date)
    {
        var perDay = plan.PrescribedSetsPerDay;
        if (!state.Days.TryGetValue(date, out var day))
            return (new ProgressDayReport(date, perDay, 0, 0m, 0m, plan.NothingDone), BigInteger.Zero);

        BigInteger credit = 0;
        var setsDone = 0;
        var reports = new ProgressSlotReport[plan.Slots.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            var slot = plan.Slots[i];
            if (!day.Slots.TryGetValue(slot.Key, out var ids))
            {
                reports[i] = plan.NothingDone[i];
                continue;
            }

            var prescribed = slot.Exercise.PrescribedAmount;
            var performed = ids.Select(id => ProgressSlots.PerformedBy(slot.Exercise, state.Sets[id].Set)).ToArray();
            // The best `sets` credits are the `sets` largest amounts, each capped at the prescription.
            var counted = performed.Select(p => (long)Math.Min(p, prescribed)).OrderDescending().Take(slot.Exercise.Sets).Sum();
            credit += plan.Scale.Units(i, counted);
            setsDone += performed.Length;
            reports[i] = slot.Report(performed.Length, performed.Sum(), CreditScale.Round(counted, prescribed, 2));
        }

        var report = new ProgressDayReport(date, perDay, setsDone, plan.Scale.Round(credit, 1, 1, 2),
            plan.Scale.Round(credit, 100, perDay, 1), reports);
        return (report, credit);
    }
}
