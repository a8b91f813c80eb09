using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Progress.ProgressProjection;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>The progress read model fed by the live projector: the report and the roster entry equal the fold of the stream.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class ProgressGrainTests(ProjectionFixture fixture)
{
    [Fact]
    public async Task Given_a_user_with_sets_corrections_and_voids_When_projected_Then_the_entry_equals_the_fold_of_the_stream()
    {
        var user = Guid.NewGuid();
        var (a, b, c) = (LegPress(10, HoursAgo(1)), LegPress(6, HoursAgo(2)), LegPress(8, HoursAgo(26)));
        UserEvent[] events =
        [
            Registered(user, "Ada", "Europe/Paris"), Logged(a), Logged(b), Logged(c),
            new SetCorrected(b with { Reps = 12 }, DateTimeOffset.UtcNow), new SetVoided(c.SetId, DateTimeOffset.UtcNow),
            new UserProfileChanged("Ada L.", "Europe/Paris", DateTimeOffset.UtcNow),
        ];
        await fixture.Log.User(user, events);

        var entry = await Eventually.Get(async () =>
            await fixture.ProgressOf(user).GetRosterEntry() is { DisplayName: "Ada L." } e ? e : null, TimeSpan.FromSeconds(20));

        Assert.Equal(SummaryOf(events), entry.Summary);
        var report = (await fixture.ProgressOf(user).GetReport(7, 3))!;
        Assert.Equal(7, report.Days.Count);
        Assert.Equal(2, report.Days.Sum(d => d.SetsDone));
        Assert.Equal(a.PerformedAt.ToUniversalTime(), report.LastActiveAt);
        Assert.Equal("Europe/Paris", report.TimeZone);
    }

    [Fact]
    public async Task Given_an_unknown_user_When_asked_Then_no_report_and_no_entry()
    {
        Assert.Null(await fixture.ProgressOf(Guid.NewGuid()).GetReport(30, 3));
        Assert.Null(await fixture.ProgressOf(Guid.NewGuid()).GetRosterEntry());
    }

    [Fact]
    public async Task Given_a_saved_progress_model_When_it_is_reactivated_Then_it_answers_the_same_from_its_snapshot()
    {
        var user = Guid.NewGuid();
        UserEvent[] events = [Registered(user, "Bo"), Logged(LegPress(10, HoursAgo(3))), Logged(LegPress(4, HoursAgo(50)))];
        await fixture.Log.User(user, events);
        await fixture.ProgressCaughtUp(saved: true);
        var before = await fixture.ProgressOf(user).GetProjectionStatus();

        await fixture.Deactivate(fixture.ProgressOf(user));
        await Eventually.Holds(async () => Assert.NotEqual(before.Incarnation, (await fixture.ProgressOf(user).GetProjectionStatus()).Incarnation));

        var after = await fixture.ProgressOf(user).GetProjectionStatus();
        Assert.Equal((before.Applied, before.AppliedEvents), (after.Applied, after.AppliedEvents));
        Assert.Equal(SummaryOf(events), (await fixture.ProgressOf(user).GetRosterEntry())!.Summary);
    }
}
