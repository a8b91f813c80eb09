using System.Diagnostics;
using HeelChallenge.Grains.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>The supervisor wakes the projectors on local appends, at most once per <see cref="ProjectionOptions.WakeSpacing"/>.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class ProjectorSupervisorTests(ProjectionFixture fixture)
{
    private const int Appends = 150;

    [Fact]
    public async Task Given_appends_that_keep_coming_When_each_commits_on_its_own_Then_the_projectors_are_woken_at_most_once_per_spacing_and_get_every_event()
    {
        var supervisor = fixture.SiloService<ProjectorSupervisor>();
        var user = Guid.NewGuid();
        var roundsBefore = supervisor.WakeRounds;
        var clock = Stopwatch.StartNew();

        // One append per commit: without spacing each would wake every projector once.
        for (var i = 0; i < Appends; i++) await fixture.Log.Log(user, LegPress(10, Start.AddMinutes(i)));

        var elapsed = clock.Elapsed;
        var rounds = supervisor.WakeRounds - roundsBefore;
        var allowed = (int)(elapsed / ProjectionSiloConfigurator.WakeSpacing) + 2;
        Assert.InRange(rounds, 1, allowed);
        Assert.True(allowed < Appends / 2, $"The appends took {elapsed}: too slow for the bound to tell spaced wake-ups from one per append.");
        await fixture.LeaderboardsCaughtUp();
    }
}
