using System.Runtime.CompilerServices;
using HeelChallenge.Domain.Catalog;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// What a report needs to know about the catalog's prescription, worked out once per catalog: the slots with their
/// keys, the sets prescribed per day, the exact credit scale, and the slot reports of a day with nothing done.
/// </summary>
internal sealed class DayPlan
{
    private static readonly ConditionalWeakTable<ExerciseCatalog, DayPlan> Plans = [];

    private DayPlan(ExerciseCatalog catalog)
    {
        Slots = ProgressSlots.Of(catalog).Select(s => new PlannedSlot(s.Exercise, s.Side, ProgressSlots.KeyOf(s.Exercise.Id, s.Side))).ToArray();
        PrescribedSetsPerDay = Slots.Sum(s => s.Exercise.Sets);
        Scale = new CreditScale(Slots.Select(s => s.Exercise.PrescribedAmount).ToArray());
        NothingDone = Slots.Select(s => s.Report(0, 0, 0m)).ToArray();
    }

    public IReadOnlyList<PlannedSlot> Slots { get; }

    public int PrescribedSetsPerDay { get; }

    public CreditScale Scale { get; }

    /// <summary>Shared by every empty day: the slot reports are immutable.</summary>
    public IReadOnlyList<ProgressSlotReport> NothingDone { get; }

    public static DayPlan Of(ExerciseCatalog catalog) => Plans.GetValue(catalog, static c => new DayPlan(c));

    internal sealed record PlannedSlot(Exercise Exercise, string? Side, string Key)
    {
        public ProgressSlotReport Report(int setsDone, int amountDone, decimal countedCredit) =>
            new(Exercise.Id, Side, Exercise.Unit, Exercise.Sets, Exercise.PrescribedAmount, setsDone, amountDone, countedCredit);
    }
}
