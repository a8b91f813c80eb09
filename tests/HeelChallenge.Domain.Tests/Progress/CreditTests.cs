using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rules 1 and 3: the catalog's prescription, and what each slot's sets are worth.</summary>
public class CreditTests
{
    private const string Day1 = "2026-02-01";
    private const string Now = "2026-02-01T20:00:00Z";

    [Fact]
    public void Given_the_shipped_catalog_When_a_day_is_prescribed_Then_it_is_24_sets_in_11_slots()
    {
        var report = Report(Fold(Registered("UTC")), Now);

        var day = Day(report, Day1);
        Assert.Equal(24, ProgressSlots.PrescribedSetsPerDay(SeedCatalog));
        Assert.Equal(24, day.PrescribedSets);
        Assert.Equal(
            ["leg-press", "floor-calf-raise", "seated-calf-raise", "foam-roller-release:left", "foam-roller-release:right",
             "standing-hip-abductor", "ankle-alphabet:left", "ankle-alphabet:right", "leg-extension", "arch-rolls:left",
             "arch-rolls:right"],
            day.Slots.Select(s => ProgressSlots.KeyOf(s.ExerciseId, s.Side)));
        Assert.Equal([4, 3, 3, 1, 1, 3, 2, 2, 3, 1, 1], day.Slots.Select(s => s.PrescribedSets));
        Assert.Equal([10, 20, 20, 300, 300, 20, 26, 26, 20, 120, 120], day.Slots.Select(s => s.PrescribedAmount));
        Assert.Equal(0m, day.CountedCredit);
    }

    [Theory]
    // exercise, side, amounts logged in the slot -> sets done, amount done, counted credit
    [InlineData("leg-press", null, new[] { 5 }, 1, 5, 0.5)] // 5 of 10 reps: half a set
    [InlineData("leg-press", null, new[] { 20 }, 1, 20, 1.0)] // 200% of the reps: one set
    [InlineData("leg-press", null, new[] { 10, 10, 10, 10, 10, 10 }, 6, 60, 4.0)] // 6 sets where 4 are prescribed
    [InlineData("leg-press", null, new[] { 1, 10, 3, 10, 10, 7 }, 6, 41, 3.7)] // the best 4: 10+10+10+7
    [InlineData("leg-press", null, new[] { 5, 5, 5, 5, 5, 5, 5, 5 }, 8, 40, 2.0)] // partial sets never add up past 4 x 0.5
    [InlineData("floor-calf-raise", null, new[] { 15, 25, 5, 10 }, 4, 55, 2.25)] // best 3: 1 + 0.75 + 0.5
    [InlineData("foam-roller-release", "left", new[] { 150 }, 1, 150, 0.5)] // timed: 150 of 300 seconds
    [InlineData("foam-roller-release", "right", new[] { 600, 300 }, 2, 900, 1.0)] // 1 prescribed set per side
    [InlineData("arch-rolls", "left", new[] { 40 }, 1, 40, 0.33)] // 1/3 shown with 2 decimals
    [InlineData("ankle-alphabet", "right", new[] { 13, 26, 52 }, 3, 91, 2.0)]
    [InlineData("ankle-alphabet", "left", new[] { 13 }, 1, 13, 0.5)]
    public void Given_sets_in_one_slot_When_reported_Then_raw_counts_and_capped_credit_are_shown(
        string exerciseId, string? side, int[] amounts, int setsDone, int amountDone, double credit)
    {
        var events = amounts.Select(UserEvent (a, i) => Log($"s{i}", exerciseId, a, $"2026-02-01T08:{i:00}:00Z", side));
        var report = Report(Fold(events.Prepend(Registered("UTC"))), Now);

        var slot = Slot(report, Day1, exerciseId, side);
        Assert.Equal(setsDone, slot.SetsDone);
        Assert.Equal(amountDone, slot.AmountDone);
        Assert.Equal((decimal)credit, slot.CountedCredit);
        Assert.Equal(setsDone, Day(report, Day1).SetsDone);
        // Nothing leaks into another slot, the other side included.
        Assert.All(Day(report, Day1).Slots.Where(s => s != slot), s => Assert.Equal(0, s.SetsDone));
    }

    [Fact]
    public void Given_both_sides_of_a_sided_exercise_When_reported_Then_each_side_is_its_own_slot()
    {
        var state = Fold(
            Registered("UTC"),
            Log("l1", "ankle-alphabet", 26, "2026-02-01T08:00:00Z", "left"),
            Log("l2", "ankle-alphabet", 26, "2026-02-01T08:01:00Z", "left"),
            Log("l3", "ankle-alphabet", 26, "2026-02-01T08:02:00Z", "left"),
            Log("r1", "ankle-alphabet", 13, "2026-02-01T08:03:00Z", "right"));

        var report = Report(state, Now);

        Assert.Equal((3, 2m), (Slot(report, Day1, "ankle-alphabet", "left").SetsDone, Slot(report, Day1, "ankle-alphabet", "left").CountedCredit));
        Assert.Equal((1, 0.5m), (Slot(report, Day1, "ankle-alphabet", "right").SetsDone, Slot(report, Day1, "ankle-alphabet", "right").CountedCredit));
        Assert.Equal(2.5m, Day(report, Day1).CountedCredit);
        Assert.Equal(10.4m, Day(report, Day1).Adherence); // 2.5 / 24
    }

    [Fact]
    public void Given_a_full_day_When_reported_Then_every_slot_is_complete_and_the_day_is_100_percent()
    {
        var state = Fold(FullDay("UTC", Date(Day1), "full").Prepend(Registered("UTC")));

        var day = Day(Report(state, Now), Day1);

        Assert.Equal(24, day.SetsDone);
        Assert.Equal(24m, day.CountedCredit);
        Assert.Equal(100m, day.Adherence);
        Assert.All(day.Slots, s => Assert.Equal(s.PrescribedSets, s.CountedCredit));
    }

    [Fact]
    public void Given_a_set_of_an_exercise_with_a_side_it_does_not_have_When_reported_Then_it_fills_no_slot_but_the_day_is_active()
    {
        // The decider refuses such a set; the projection must still not crash or count it if an old stream has one.
        var state = Fold(Registered("UTC"), Log("odd", "leg-press", 10, "2026-02-01T08:00:00Z", "left"));

        var report = Report(state, Now);

        Assert.Equal(0, Day(report, Day1).SetsDone);
        Assert.Equal(1, report.CurrentStreak);
        Assert.Equal(At("2026-02-01T08:00:00Z"), report.LastActiveAt);
    }
}
