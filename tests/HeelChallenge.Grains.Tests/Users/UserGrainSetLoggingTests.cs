using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainSetLoggingTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_registered_user_When_logging_a_set_Then_created_with_every_field()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var set = TestSets.ArchRolls("left", 150, TestSets.Noon.ToOffset(TimeSpan.FromHours(2)));

        var result = await grain.LogSet(set);

        Assert.Equal(SetOutcome.Created, result.Outcome);
        Assert.Empty(result.Errors);
        var view = result.Set!;
        Assert.Equal((set.SetId, "arch-rolls", "left", (int?)null, (int?)150, (decimal?)null, set.PerformedAt, false, (DateTimeOffset?)null),
            (view.SetId, view.ExerciseId, view.Side, view.Reps, view.Seconds, view.LoadKg, view.PerformedAt, view.Voided, view.CorrectedAt));
        Assert.Equal(TimeSpan.FromHours(2), view.PerformedAt.Offset);
        Assert.Equal(view, await grain.GetSet(set.SetId));
        Assert.Equal("set-logged.v1", (await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id)))[^1].Type);
    }

    [Fact]
    public async Task Given_logged_set_When_the_same_set_is_logged_again_Then_unchanged_and_one_event_stored()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var set = TestSets.LegPress(loadKg: 62.5m);
        var first = await grain.LogSet(set);

        // Same body, performedAt in another offset: the same instant, so the same set.
        var again = await grain.LogSet(set with { PerformedAt = set.PerformedAt.ToOffset(TimeSpan.FromHours(-5)) });

        Assert.Equal(SetOutcome.Created, first.Outcome);
        Assert.Equal(SetOutcome.Unchanged, again.Outcome);
        Assert.Equal(first.Set, again.Set);
        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id));
        Assert.Single(events, e => e.Type == "set-logged.v1");
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public async Task Given_logged_set_When_the_same_set_id_comes_with_another_body_Then_conflict_and_nothing_stored()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var set = TestSets.LegPress(reps: 10);
        await grain.LogSet(set);

        var result = await grain.LogSet(set with { Reps = 12 });

        Assert.Equal(SetOutcome.Refused, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorKind.Conflict, "setId"), (error.Kind, error.Field));
        Assert.Equal(10, result.Set!.Reps);
        Assert.Equal(2, (await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id))).Count);
    }

    public static TheoryData<string, LoggedSet> InvalidSets => new()
    {
        { "exerciseId", TestSets.LegPress() with { ExerciseId = "squat" } },
        { "side", TestSets.ArchRolls("left", 60, TestSets.Noon) with { Side = null } },
        { "side", TestSets.LegPress() with { Side = "left" } },
        { "reps", TestSets.ArchRolls("right", 60, TestSets.Noon) with { Reps = 5 } },
        { "reps", TestSets.LegPress(reps: 0) },
        { "reps", TestSets.LegPress(reps: 1001) },
        { "seconds", TestSets.ArchRolls("right", 7201, TestSets.Noon) },
        { "loadKg", TestSets.LegPress(loadKg: -1m) },
        { "loadKg", TestSets.LegPress(loadKg: 1000.5m) },
        { "performedAt", TestSets.LegPress(at: DateTimeOffset.UtcNow.AddMinutes(10)) },
        { "performedAt", TestSets.LegPress(at: DateTimeOffset.UtcNow.AddDays(-401)) },
        { "setId", TestSets.LegPress(setId: "has space") },
        { "setId", TestSets.LegPress(setId: new string('x', 65)) },
    };

    [Theory]
    [MemberData(nameof(InvalidSets))]
    public async Task Given_an_invalid_set_When_logging_Then_refused_naming_the_field_and_nothing_stored(string field, LoggedSet set)
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);

        var result = await grain.LogSet(set);

        Assert.Equal(SetOutcome.Refused, result.Outcome);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorKind.Validation, field), (error.Kind, error.Field));
        Assert.Single(await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id)));
    }

    [Fact]
    public async Task Given_logged_set_When_corrected_Then_corrected_and_history_shows_the_corrected_values()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        var set = TestSets.LegPress(reps: 8, loadKg: 70m);
        await grain.LogSet(set);
        var corrected = set with { Reps = 10, LoadKg = 75m, PerformedAt = set.PerformedAt.AddMinutes(-30) };

        var result = await grain.CorrectSet(corrected);
        var again = await grain.CorrectSet(corrected);

        Assert.Equal(SetOutcome.Corrected, result.Outcome);
        Assert.Equal(SetOutcome.Unchanged, again.Outcome);
        var listed = Assert.Single((await grain.GetSets(new SetQuery(null, null, null, 50))).Items);
        Assert.Equal((10, 75m, corrected.PerformedAt), (listed.Reps, listed.LoadKg, listed.PerformedAt));
        Assert.NotNull(listed.CorrectedAt);
        Assert.Equal(result.Set, listed);
    }

    [Fact]
    public async Task Given_no_such_set_When_corrected_or_voided_Then_refused_not_found()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);

        var corrected = await grain.CorrectSet(TestSets.LegPress());
        var voided = await grain.VoidSet("nope");

        Assert.Equal(ErrorKind.NotFound, Assert.Single(corrected.Errors).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Single(voided.Errors).Kind);
        Assert.Equal((SetOutcome.Refused, SetOutcome.Refused), (corrected.Outcome, voided.Outcome));
    }

    [Fact]
    public async Task Given_logged_set_When_voided_Then_hidden_from_history_unless_voided_are_included()
    {
        var (id, grain) = await TestSets.NewUser(fixture.Grains);
        var kept = TestSets.LegPress(at: TestSets.Noon);
        var voided = TestSets.LegPress(at: TestSets.Noon.AddHours(1));
        await grain.LogSet(kept);
        await grain.LogSet(voided);

        var result = await grain.VoidSet(voided.SetId);
        var again = await grain.VoidSet(voided.SetId);

        Assert.Equal((SetOutcome.Voided, SetOutcome.Voided), (result.Outcome, again.Outcome));
        Assert.True(result.Set!.Voided);
        Assert.Equal([kept.SetId], (await grain.GetSets(new SetQuery(null, null, null, 50))).Items.Select(s => s.SetId));
        Assert.Equal([voided.SetId, kept.SetId],
            (await grain.GetSets(new SetQuery(null, null, null, 50, IncludeVoided: true))).Items.Select(s => s.SetId));
        Assert.Equal(1, (await grain.GetProfile())!.SetCount);
        Assert.Single(await fixture.Store.ReadStreamAsync(StreamIds.ForUser(id)), e => e.Type == "set-voided.v1");
        Assert.Equal(ErrorKind.Conflict, Assert.Single((await grain.CorrectSet(voided with { Reps = 5 })).Errors).Kind);
    }
}
