using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>
/// The leaderboard router's join prefixes: during a replay from position 0 a join carries the joiner's current sets
/// (so the board need not read their stream); in every other situation it carries nothing and the board reads.
/// </summary>
[Collection(ProjectionCollection.Name)]
public sealed class LeaderboardRoutesTests(ProjectionFixture fixture)
{
    private readonly Guid _user = Guid.NewGuid();
    private readonly Guid _other = Guid.NewGuid();
    private readonly Guid _challenge = Guid.NewGuid();
    private long _position;

    [Fact]
    public void Given_a_replay_from_0_When_the_user_joins_after_logging_correcting_and_voiding_Then_the_join_carries_exactly_the_current_sets()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);
        routes.Reset();
        var (kept, corrected, voided) = (LegPress(10, Start, "k"), LegPress(5, Start.AddHours(1), "c"), LegPress(7, Start.AddHours(2), "v"));
        Pass(routes, User(_user, new SetLogged(kept, Start)), User(_user, new SetLogged(corrected, Start)), User(_user, new SetLogged(voided, Start)),
            User(_other, new SetLogged(LegPress(9, Start, "o"), Start)),
            User(_user, new SetCorrected(corrected with { Reps = 12 }, Start)), User(_user, new SetVoided("v", Start)));

        var join = routes.Prepare(Join(_user));
        var later = routes.Prepare(User(_user, new SetLogged(LegPress(3, Start.AddHours(3), "after"), Start)));

        var attached = Assert.IsType<JoinerSets>(join.Context);
        Assert.Equal(_user, attached.UserId);
        Assert.Equal([kept, corrected with { Reps = 12 }], attached.Sets.OrderBy(s => s.SetId, StringComparer.Ordinal).Reverse());
        Assert.Null(later.Context);
    }

    [Fact]
    public void Given_a_user_without_sets_When_they_join_during_a_replay_Then_the_join_carries_no_sets_rather_than_nothing()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);
        routes.Reset();

        var join = routes.Prepare(Join(_user));

        Assert.Empty(Assert.IsType<JoinerSets>(join.Context).Sets);
    }

    [Fact]
    public void Given_routes_loaded_from_a_checkpoint_When_a_user_joins_Then_nothing_is_attached()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);
        routes.Reset();
        var saved = new MemoryStream();
        using (var writer = new BinaryWriter(saved, System.Text.Encoding.UTF8, leaveOpen: true)) routes.WriteState(writer);
        saved.Position = 0;
        routes.ReadState(new BinaryReader(saved));

        Pass(routes, User(_user, new SetLogged(LegPress(10, Start, "s"), Start)));

        Assert.Null(routes.Prepare(Join(_user)).Context);
    }

    [Fact]
    public void Given_the_projector_caught_up_When_a_user_joins_Then_nothing_is_attached()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);
        routes.Reset();
        Pass(routes, User(_user, new SetLogged(LegPress(10, Start, "s"), Start)));

        routes.CaughtUp();

        Assert.Null(routes.Prepare(Join(_user)).Context);
    }

    [Fact]
    public void Given_a_replay_that_steps_back_When_a_user_joins_Then_nothing_is_attached()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);
        routes.Reset();
        Pass(routes, User(_user, new SetLogged(LegPress(10, Start, "s"), Start)));

        _position -= 1;
        Pass(routes, User(_user, new SetLogged(LegPress(11, Start, "s2"), Start)));

        Assert.Null(routes.Prepare(Join(_user)).Context);
    }

    [Fact]
    public void Given_routes_never_reset_When_a_user_joins_Then_nothing_is_attached()
    {
        var routes = new LeaderboardRoutes(fixture.Grains);

        Pass(routes, User(_user, new SetLogged(LegPress(10, Start, "s"), Start)));

        Assert.Null(routes.Prepare(Join(_user)).Context);
    }

    private static void Pass(LeaderboardRoutes routes, params ProjectedEvent[] events)
    {
        foreach (var e in events) routes.Prepare(e);
    }

    private ProjectedEvent User(Guid userId, UserEvent e) => new(++_position, StreamIds.ForUser(userId), e, userId);

    private ProjectedEvent Join(Guid userId) =>
        new(++_position, StreamIds.ForChallenge(_challenge), new ParticipantJoined(userId, "Joiner", Start), _challenge);
}
