using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Grains.Coaching;

namespace HeelChallenge.Grains.Tests.Coaching;

/// <summary>
/// Rows come only from progress grains' pushes (the roster does not pull on a grant), so a row that arrived must not be
/// lost to a rebuild's reset or to a revocation older than it.
/// </summary>
public sealed class RosterStateTests
{
    private static readonly ProgressSummary Summary = ProgressSummary.Of(new ProgressState(), ExerciseCatalog.LoadDefault());
    private static readonly DateTimeOffset At = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Given_a_row_pushed_just_before_a_rebuild_reached_the_roster_When_the_roster_restarts_Then_the_row_is_kept()
    {
        var (state, client) = (new RosterState(), Guid.NewGuid());
        state.Update(new RosterEntry(client, "Cy", Summary, Position: 12));

        var restarted = state.Restarted();
        restarted.Grant(client, At, "CODE1", position: 10);

        Assert.True(restarted.HasEntry(client));
        Assert.Equal([client], restarted.CurrentClients);
    }

    [Fact]
    public void Given_a_row_read_after_a_regrant_When_the_older_revocation_arrives_late_Then_the_row_stays()
    {
        var (state, client) = (new RosterState(), Guid.NewGuid());
        state.Grant(client, At, "CODE1", position: 10);
        state.Update(new RosterEntry(client, "Cy", Summary, Position: 40));

        state.Revoke(client, position: 20);
        state.Grant(client, At.AddDays(1), "CODE2", position: 30);

        Assert.True(state.HasEntry(client));
    }

    [Fact]
    public void Given_a_row_read_before_a_revocation_When_the_revocation_arrives_Then_the_row_goes()
    {
        var (state, client) = (new RosterState(), Guid.NewGuid());
        state.Grant(client, At, "CODE1", position: 10);
        state.Update(new RosterEntry(client, "Cy", Summary, Position: 15));

        state.Revoke(client, position: 20);

        Assert.False(state.HasEntry(client));
        Assert.Empty(state.CurrentClients);
    }
}
