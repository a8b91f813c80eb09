using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainSummaryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_sets_over_days_sides_and_a_voided_one_When_summarised_Then_totals_per_exercise_and_side_in_catalog_order()
    {
        // Tokyo is UTC+9: 20:00 UTC is already the next day there.
        var (_, grain) = await TestSets.NewUser(fixture.Grains, "Asia/Tokyo");
        var day = new DateTimeOffset(TestSets.Noon.Date, TimeSpan.Zero);
        var voided = TestSets.LegPress(reps: 50, loadKg: 200m, at: day.AddHours(1));
        var sets = new[]
        {
            TestSets.ArchRolls("right", 120, day.AddHours(2)),
            TestSets.ArchRolls("left", 100, day.AddHours(2)),
            TestSets.ArchRolls("left", 130, day.AddHours(20)),
            TestSets.LegPress(reps: 10, loadKg: 80m, at: day.AddHours(3)),
            TestSets.LegPress(reps: 8, loadKg: null, at: day.AddHours(4)),
            new LoggedSet(TestSets.NewSetId(), "floor-calf-raise", null, 20, null, null, day.AddHours(5)),
            voided,
        };
        foreach (var set in sets) await grain.LogSet(set);
        await grain.VoidSet(voided.SetId);

        var summary = await grain.GetSummary();

        Assert.Equal(
        [
            new ExerciseSummary("leg-press", null, 2, 18, 0, 80m, 1, day.AddHours(4)),
            new ExerciseSummary("floor-calf-raise", null, 1, 20, 0, null, 1, day.AddHours(5)),
            new ExerciseSummary("arch-rolls", "left", 2, 0, 230, null, 2, day.AddHours(20)),
            new ExerciseSummary("arch-rolls", "right", 1, 0, 120, null, 1, day.AddHours(2)),
        ], summary);
    }

    [Fact]
    public async Task Given_no_sets_When_summarised_Then_empty()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);

        Assert.Empty(await grain.GetSummary());
    }
}
