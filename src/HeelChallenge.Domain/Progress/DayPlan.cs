using System.Numerics;
using System.Runtime.CompilerServices;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// What a report needs to know about the catalog's prescription, worked out once per catalog: the slots with their
/// keys, the sets prescribed per day, the exact credit scale, and the slot reports of a day with nothing done; and
/// rule 3 applied to one day of a <see cref="ProgressState"/>.
/// </summary>
internal sealed class DayPlan
{
    private static readonly ConditionalWeakTable<ExerciseCatalog, DayPlan> Plans = [];

    private DayPlan(ExerciseCatalog catalog)
    {
        Slots = ProgressSlots.Of(catalog).Select(s => new PlannedSlot(s.Exercise, s.Side, ProgressSlots.KeyOf(s.Exercise.Id, s.Side))).ToArray();
        _slotIndex = Slots.Select((s, i) => (s.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        PrescribedSetsPerDay = Slots.Sum(s => s.Exercise.Sets);
        Scale = new CreditScale(Slots.Select(s => s.Exercise.PrescribedAmount).ToArray());
        NothingDone = Slots.Select(s => s.Report(0, 0, 0m)).ToArray();
    }

    private readonly Dictionary<string, int> _slotIndex;

    public IReadOnlyList<PlannedSlot> Slots { get; }

    public int PrescribedSetsPerDay { get; }

    public CreditScale Scale { get; }

    /// <summary>Shared by every empty day: the slot reports are immutable.</summary>
    public IReadOnlyList<ProgressSlotReport> NothingDone { get; }

    public static DayPlan Of(ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Plans.GetValue(catalog, static c => new DayPlan(c));
    }

    /// <summary>The exact counted credit of one day (in units of <see cref="Scale"/>).</summary>
    public BigInteger Credit(ProgressState state, DateOnly date) => Day(state, date).Credit;

    /// <summary>Rule 3 on one day: its report and its exact credit (in units of <see cref="Scale"/>).</summary>
    public (ProgressDayReport Report, BigInteger Credit) Day(ProgressState state, DateOnly date)
    {
        if (!state.Days.TryGetValue(date, out var day))
            return (new ProgressDayReport(date, PrescribedSetsPerDay, 0, 0m, 0m, NothingDone), BigInteger.Zero);

        // The day's sets by slot (catalog order); a set of an exercise the catalog no longer has fills no slot.
        var performedBySlot = new List<int>?[Slots.Count];
        foreach (var id in day.SetIds)
        {
            var set = state.Sets[id].Set;
            if (!_slotIndex.TryGetValue(ProgressSlots.KeyOf(set.ExerciseId, set.Side), out var i)) continue;
            (performedBySlot[i] ??= []).Add(ProgressSlots.PerformedBy(Slots[i].Exercise, set));
        }

        BigInteger credit = 0;
        var setsDone = 0;
        var reports = new ProgressSlotReport[Slots.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            var slot = Slots[i];
            if (performedBySlot[i] is not { } performed)
            {
                reports[i] = NothingDone[i];
                continue;
            }

            var prescribed = slot.Exercise.PrescribedAmount;
            // The best `sets` credits are the `sets` largest amounts, each capped at the prescription.
            var counted = performed.Select(p => (long)Math.Min(p, prescribed)).OrderDescending().Take(slot.Exercise.Sets).Sum();
            credit += Scale.Units(i, counted);
            setsDone += performed.Count;
            reports[i] = slot.Report(performed.Count, performed.Sum(), CreditScale.Round(counted, prescribed, 2));
        }

        var report = new ProgressDayReport(date, PrescribedSetsPerDay, setsDone, Scale.Round(credit, 1, 1, 2),
            Scale.Round(credit, 100, PrescribedSetsPerDay, 1), reports);
        return (report, credit);
    }

    internal sealed record PlannedSlot(Exercise Exercise, string? Side, string Key)
    {
        public ProgressSlotReport Report(int setsDone, int amountDone, decimal countedCredit) =>
            new(Exercise.Id, Side, Exercise.Unit, Exercise.Sets, Exercise.PrescribedAmount, setsDone, amountDone, countedCredit);
    }
}
