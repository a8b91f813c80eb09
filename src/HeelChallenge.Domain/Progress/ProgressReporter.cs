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
/// (today−29..today). A window starts no earlier than the user's first day, <see cref="ProgressReport.StartedOn"/> =
/// the earlier of the registration date and the first active day (sets may be back-dated before registration), so
/// a new user's adherence is not diluted by days before they existed; a window with no day left (the previous 7 days
/// of a user who started this week) has no adherence (null) and cannot make the user "dropping".</item>
/// <item>Streaks: <see cref="Streaks"/>. Last active: the latest performedAt of a live set.</item>
/// <item>Flags: inactive when <see cref="ProgressReport.DaysSinceActive"/> ≥ N = <c>inactiveAfterDays</c>
/// (days since = today − the date of the last set in the current zone, or of registration when there is no set);
/// dropping when PreviousAdherence7 − Adherence7 ≥ 20 on the shown values. Sort key: <see cref="NeedsAttention"/>.</item>
/// </list>
/// Sets whose exercise or side fits no slot of the catalog still make a day active but appear in no slot. The headline
/// figures come from the <see cref="ProgressSummary"/> of the state, so a coach's roster shows exactly these numbers.
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

        var plan = DayPlan.Of(catalog);
        var figures = ProgressSummary.Of(state, catalog).Evaluate(catalog, now, inactiveAfterDays);
        var listed = Enumerable.Range(0, days).Select(i => plan.Day(state, figures.Today.AddDays(-i)).Report).ToArray();
        return ProgressReport.From(state.UserId, state.TimeZone, listed, figures);
    }
}
