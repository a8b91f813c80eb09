using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Grains.Leaderboards;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>The board's fold without the grain: versions, and the binary snapshot that must restore it exactly.</summary>
public sealed class LeaderboardStateTests
{
    private static readonly ExerciseCatalog Catalog = ExerciseCatalog.LoadDefault();
    private static readonly LeaderboardQuery All = new(100);

    [Fact]
    public void Given_a_board_When_it_is_saved_and_loaded_Then_the_copy_answers_and_continues_identically()
    {
        var (challenge, alice, bob) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var program = new[] { new ProgramItem("leg-press", 2, 10, null), new ProgramItem("arch-rolls", 1, null, 30) };
        var state = new LeaderboardState(Catalog);
        state.Create(Created(challenge, Guid.NewGuid(), ChallengeVisibility.Public, program, timeZone: "Europe/Paris") with { Description = "d", Capacity = 9 });
        state.Join(alice, "Alice", [LegPress(10, Start.AddHours(8), "a1"), new("a2", "arch-rolls", "left", null, 31, 2m, Start.AddHours(9).ToOffset(TimeSpan.FromHours(2)))]);
        state.Join(bob, "Bob", []);
        state.Upsert(bob, LegPress(7, Start.AddHours(7), "b1"));
        state.End(Start.AddDays(5));

        var copy = Reload(state);

        AssertSame(state.View(challenge, All with { AroundUserId = bob }, 42), copy.View(challenge, All with { AroundUserId = bob }, 42));
        Assert.Equal((state.Version, state.Status, state.EndedAt, state.ParticipantCount), (copy.Version, copy.Status, copy.EndedAt, copy.ParticipantCount));
        Assert.True(state.Void(alice, "a1") & copy.Void(alice, "a1"));
        AssertSame(state.View(challenge, All, 43), copy.View(challenge, All, 43));
    }

    [Fact]
    public void Given_a_board_read_between_moves_When_participants_move_again_Then_each_read_ranks_the_totals_of_that_moment()
    {
        var (challenge, alice, bob) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var state = new LeaderboardState(Catalog);
        state.Create(Created(challenge, Guid.NewGuid()));
        state.Join(alice, "Alice", []);
        state.Join(bob, "Bob", [LegPress(5, Start.AddHours(1), "b1")]);
        state.Log(alice, LegPress(3, Start.AddHours(2), "a1"));

        var first = state.View(challenge, All with { AroundUserId = alice, AroundCount = 1 }, 1);
        state.Log(alice, LegPress(4, Start.AddHours(3), "a2"));
        state.Log(alice, LegPress(10, Start.AddHours(4), "a3"));
        state.Leave(bob);
        state.Join(bob, "Bob", [LegPress(9, Start.AddHours(1), "b1")]);
        var second = state.View(challenge, All with { AroundUserId = alice, AroundCount = 1 }, 2);

        Assert.Equal([(bob, 1), (alice, 2)], first.Entries.Select(r => (r.UserId, r.Rank)));
        Assert.Equal(2, first.Me!.Rank);
        Assert.Equal([(alice, 1), (bob, 2)], second.Entries.Select(r => (r.UserId, r.Rank)));
        Assert.Equal((1, 2), (second.Me!.Rank, second.Around!.Count));
    }

    [Fact]
    public void Given_a_change_that_does_not_move_the_standings_When_applied_Then_the_version_stays()
    {
        var (challenge, user) = (Guid.NewGuid(), Guid.NewGuid());
        var state = new LeaderboardState(Catalog);
        state.Create(Created(challenge, Guid.NewGuid()));
        state.Join(user, "U", []);
        var version = state.Version;

        Assert.False(state.Upsert(user, LegPress(10, Start.AddDays(-3))));  // before the window
        Assert.False(state.Upsert(Guid.NewGuid(), LegPress(10, Start)));     // not a participant
        Assert.False(state.Void(user, "unknown"));
        Assert.Equal(version, state.Version);
        Assert.True(state.Upsert(user, LegPress(10, Start)));
        Assert.Equal(version + 1, state.Version);
    }

    [Fact]
    public void Given_an_end_before_the_start_When_sets_arrive_Then_nothing_counts_and_everyone_stays_on_the_board()
    {
        var (challenge, user) = (Guid.NewGuid(), Guid.NewGuid());
        var state = new LeaderboardState(Catalog);
        state.Create(Created(challenge, Guid.NewGuid()));
        state.Join(user, "U", [LegPress(10, Start.AddHours(1))]);
        state.End(Start.AddDays(-1));
        state.Upsert(user, LegPress(10, Start.AddHours(2)));

        var row = Assert.Single(Reload(state).View(challenge, All, 1).Entries);
        Assert.Equal((0, (DateTimeOffset?)null), (row.Points, row.ReachedAt));
    }

    [Fact]
    public void Given_a_private_and_a_public_board_When_asked_who_may_see_them_Then_owner_participants_and_anyone_for_public()
    {
        var (owner, participant, stranger) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var hidden = new LeaderboardState(Catalog);
        Assert.False(hidden.IsVisibleTo(owner)); // a board that has not heard of its challenge knows nothing
        hidden.Create(Created(Guid.NewGuid(), owner));
        hidden.Join(participant, "P", []);
        var open = new LeaderboardState(Catalog);
        open.Create(Created(Guid.NewGuid(), owner, ChallengeVisibility.Public));

        Assert.Equal((true, true, false), (hidden.IsVisibleTo(owner), hidden.IsVisibleTo(participant), hidden.IsVisibleTo(stranger)));
        Assert.True(open.IsVisibleTo(stranger));
        hidden.Leave(participant);
        Assert.False(hidden.IsVisibleTo(participant));
    }

    private static void AssertSame(LeaderboardView expected, LeaderboardView actual)
    {
        Assert.Equal(expected.Entries, actual.Entries);
        Assert.Equal(expected.Around ?? [], actual.Around ?? []);
        Assert.Equal(expected with { Entries = [], Around = null }, actual with { Entries = [], Around = null });
    }

    private static LeaderboardState Reload(LeaderboardState state)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) state.Write(writer);
        stream.Position = 0;
        var copy = new LeaderboardState(Catalog);
        using var reader = new BinaryReader(stream);
        copy.Read(reader);
        return copy;
    }
}
