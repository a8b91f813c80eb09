using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>
/// The checkpoint rule under crashes: a board that applied events but could not save them loses them when its
/// activation dies, and a projector that restarts resumes from an older checkpoint. Either way the board must converge
/// to the right standings with every event applied exactly once (AppliedEvents counts them across restarts).
/// </summary>
[Collection(ProjectionCollection.Name)]
public sealed class ProjectorRecoveryTests(ProjectionFixture fixture) : IAsyncLifetime
{
    private static readonly LeaderboardQuery All = new(100);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        fixture.Faults.FailProjectionSaves = false;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Given_a_board_that_applied_but_could_not_save_When_it_and_the_projector_die_Then_it_converges_without_double_counting()
    {
        var (challenge, owner, alice, bob) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(alice, "Alice", Start), new ParticipantJoined(bob, "Bob", Start));
        await fixture.Log.Log(alice, LegPress(10, Start.AddHours(1)));
        await Checkpointed();

        fixture.Faults.FailProjectionSaves = true;
        var unsaved = await fixture.Log.Log(bob, LegPress(10, Start.AddHours(2)), LegPress(10, Start.AddHours(3)), LegPress(6, Start.AddDays(1)));
        await Eventually.Holds(async () => Assert.Equal(46, (await fixture.Board(challenge).GetBoard(All)).Entries[0].Points));

        // Kill between apply and save: the board's deactivation cannot save, the projector drops its position.
        await DieUnsaved(challenge);
        await fixture.Projector.Restart();
        var snapshot = await fixture.Store.LoadSnapshotAsync(BoardKey(challenge));
        Assert.True(snapshot!.Version < unsaved, "the board's last saved state must predate the unsaved sets");

        fixture.Faults.FailProjectionSaves = false;
        await Checkpointed();

        var board = await fixture.Board(challenge).GetBoard(All);
        Assert.Equal([(bob, 46), (alice, 10)], board.Entries.Select(e => (e.UserId, e.Points)));
        var status = await fixture.Board(challenge).GetProjectionStatus();
        Assert.Equal(3 + 1 + 3, status.AppliedEvents); // created + 2 joins, 1 set of Alice's, 3 of Bob's: each once
        Assert.Equal(unsaved, status.Saved);
    }

    [Fact]
    public async Task Given_a_board_that_died_unsaved_When_the_projector_keeps_running_Then_it_notices_and_rewinds()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        await Checkpointed();
        var rewindsBefore = (await fixture.Projector.GetStatus()).Rewinds;

        fixture.Faults.FailProjectionSaves = true;
        var lost = await fixture.Log.Log(user, LegPress(10, Start.AddHours(1)), LegPress(10, Start.AddHours(2)));
        await Eventually.Holds(async () => Assert.Equal(lost, (await fixture.Board(challenge).GetProjectionStatus()).Applied));
        await DieUnsaved(challenge);
        fixture.Faults.FailProjectionSaves = false;

        // The new activation starts from the old snapshot; this delivery alone would look complete to it.
        await fixture.Log.Log(user, LegPress(5, Start.AddDays(1)));
        await Checkpointed();

        var status = await fixture.Projector.GetStatus();
        Assert.True(status.Rewinds > rewindsBefore, "the projector must have noticed the lost state and rewound");
        Assert.Equal(45, (await fixture.Board(challenge).GetBoard(All)).Entries[0].Points);
        Assert.Equal(2 + 3, (await fixture.Board(challenge).GetProjectionStatus()).AppliedEvents);
    }

    [Fact]
    public async Task Given_a_projector_restarted_from_an_older_checkpoint_When_it_delivers_again_Then_boards_skip_what_they_applied()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        await Checkpointed();

        fixture.Faults.FailProjectionSaves = true;
        var last = await fixture.Log.Log(user, LegPress(10, Start.AddHours(1)), LegPress(9, Start.AddHours(2)));
        await Eventually.Holds(async () => Assert.Equal(last, (await fixture.Board(challenge).GetProjectionStatus()).Applied));
        var checkpointBefore = (await fixture.Projector.GetStatus()).Checkpoint;
        Assert.True(checkpointBefore < last, "the checkpoint cannot pass what the board could not save");

        await fixture.Projector.Restart();
        fixture.Faults.FailProjectionSaves = false;
        await Checkpointed();

        var status = await fixture.Board(challenge).GetProjectionStatus();
        Assert.Equal(2 + 2, status.AppliedEvents);
        Assert.Equal(19, (await fixture.Board(challenge).GetBoard(All)).Entries[0].Points);
    }

    [Fact]
    public async Task Given_a_restarted_board_that_saved_on_the_way_out_When_deliveries_continue_Then_no_rewind_is_needed()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(1)));
        await Checkpointed();
        var rewindsBefore = (await fixture.Projector.GetStatus()).Rewinds;

        await fixture.Deactivate(fixture.Board(challenge));
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(2)));
        await Checkpointed();

        Assert.Equal(40, (await fixture.Board(challenge).GetBoard(All)).Entries[0].Points);
        Assert.Equal(2 + 2, (await fixture.Board(challenge).GetProjectionStatus()).AppliedEvents);
        Assert.Equal(rewindsBefore, (await fixture.Projector.GetStatus()).Rewinds);
    }

    /// <summary>Deactivates the board while saving fails, and waits until a new activation answers.</summary>
    private async Task DieUnsaved(Guid challenge)
    {
        Assert.True(fixture.Faults.FailProjectionSaves);
        var before = (await fixture.Board(challenge).GetProjectionStatus()).Incarnation;
        await fixture.Deactivate(fixture.Board(challenge));
        await Eventually.Holds(async () => Assert.NotEqual(before, (await fixture.Board(challenge).GetProjectionStatus()).Incarnation));
    }

    private static string BoardKey(Guid challenge) => ProjectionKeys.ReadModel(LeaderboardRoutes.KindName, "challenge", challenge.ToString("N"));

    private async Task Checkpointed()
    {
        var head = await fixture.Store.ReadHeadPositionAsync();
        await Eventually.Get(async () =>
        {
            var status = await fixture.Projector.GetStatus();
            return status.Checkpoint >= head ? status : null;
        }, TimeSpan.FromSeconds(30));
    }
}
