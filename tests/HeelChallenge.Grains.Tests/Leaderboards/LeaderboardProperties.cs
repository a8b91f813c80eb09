using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Grains.Tests.Projections;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>
/// DESIGN §4's promise over generated histories: the live boards (events appended while the projector runs) equal a
/// from-scratch fold of §5 over each current participant's current sets; delivering every event a second time changes
/// nothing; and after a rebuild from position 0 the boards are the same again, versions included.
/// </summary>
[Collection(ProjectionCollection.Name)]
public sealed class LeaderboardProperties(ProjectionFixture fixture)
{
    private static readonly LeaderboardQuery All = new(LeaderboardGrain.MaxTop);

    [Property(MaxTest = 25, StartSize = 10, EndSize = 45)]
    public Property Given_a_history_Then_live_equals_from_scratch_equals_redelivered_equals_rebuilt() =>
        Prop.ForAll(ProjectionHistories.Histories, history => Task.Run(() => Check(history)).GetAwaiter().GetResult());

    private async Task Check(ProjectionHistories.History history)
    {
        var model = new HistoryModel(history);
        var from = await fixture.Store.ReadHeadPositionAsync();
        await AppendInterleaved(model);
        await fixture.LeaderboardsCaughtUp();

        var live = new List<LeaderboardView>();
        for (var c = 0; c < model.ChallengeIds.Count; c++)
        {
            var view = await fixture.Board(model.ChallengeIds[c]).GetBoard(All);
            Assert.Equal(model.ExpectedBoard(c), view.Entries);
            Assert.Equal(model.ExpectedStatus(c), view.Status);
            live.Add(view);
        }

        await DeliverEverythingAgain(model, from, live);

        var rebuild = await fixture.Projector.StartRebuild();
        await Eventually.Get(async () =>
        {
            var status = await fixture.Projector.GetStatus();
            return status.Generation == rebuild.Generation && status.Rebuild?.CompletedAt is not null ? status : null;
        }, TimeSpan.FromSeconds(30));
        for (var c = 0; c < model.ChallengeIds.Count; c++)
        {
            var rebuilt = await fixture.Board(model.ChallengeIds[c]).GetBoard(All);
            Assert.Equal(live[c].Entries, rebuilt.Entries);
            Assert.Equal((live[c].Version, live[c].Status), (rebuilt.Version, rebuilt.Status));
        }
    }

    /// <summary>Appends each run of consecutive events of one stream in one append, so the projector reads between them.</summary>
    private async Task AppendInterleaved(HistoryModel model)
    {
        var events = model.Events;
        for (var i = 0; i < events.Count;)
        {
            var j = i;
            while (j < events.Count && events[j].Stream == events[i].Stream) j++;
            var run = events[i..j];
            if (run[0].IsChallenge) await fixture.Log.Challenge(run[0].Stream, [.. run.Select(e => (ChallengeEvent)e.Event)]);
            else await fixture.Log.User(run[0].Stream, [.. run.Select(e => (UserEvent)e.Event)]);
            i = j;
        }
    }

    /// <summary>Routes this history's part of the log again, as the projector did, and delivers it a second time.</summary>
    private async Task DeliverEverythingAgain(HistoryModel model, long from, List<LeaderboardView> live)
    {
        var decoder = fixture.SiloService<ProjectionEventDecoder>();
        var routes = new LeaderboardRoutes(fixture.Grains);
        var perBoard = model.ChallengeIds.ToDictionary(id => fixture.Board(id).GetGrainId(), _ => new List<ProjectedEvent>());
        var targets = new List<IProjectionReadModel>();
        for (var after = from; ;)
        {
            var batch = await fixture.Store.ReadAllAsync(after, 1000);
            if (batch.Count == 0) break;
            foreach (var recorded in batch.Where(r => routes.Reads(r.StreamId)))
            {
                var projected = new ProjectedEvent(recorded.Position, recorded.StreamId, decoder.Decode(recorded)!, StreamIds.OwnerOf(recorded.StreamId));
                targets.Clear();
                routes.Route(projected, targets);
                foreach (var target in targets)
                {
                    if (perBoard.TryGetValue(target.GetGrainId(), out var list)) list.Add(projected);
                }
            }

            after = batch[^1].Position;
        }

        for (var c = 0; c < model.ChallengeIds.Count; c++)
        {
            var board = fixture.Board(model.ChallengeIds[c]);
            var before = await board.GetProjectionStatus();
            var again = perBoard[board.GetGrainId()];
            Assert.NotEmpty(again);
            await board.Apply(new ProjectionDelivery(before.Generation, 0, again));

            var after = await board.GetBoard(All);
            Assert.Equal(live[c].Entries, after.Entries);
            Assert.Equal(live[c].Version, after.Version);
            Assert.Equal(before.AppliedEvents, (await board.GetProjectionStatus()).AppliedEvents);
        }
    }
}
