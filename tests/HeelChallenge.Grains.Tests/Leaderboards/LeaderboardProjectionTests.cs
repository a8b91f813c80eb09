using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Tests.Projections;
using static HeelChallenge.Grains.Tests.Projections.LogWriter;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>The leaderboard read model fed by the live projector: §5.1's backfill, leaving, rejoining, corrections,
/// voids and an early end, observed through <see cref="ILeaderboardGrain.GetBoard"/>.</summary>
[Collection(ProjectionCollection.Name)]
public sealed class LeaderboardProjectionTests(ProjectionFixture fixture)
{
    private static readonly LeaderboardQuery All = new(LeaderboardGrain.MaxTop);

    [Fact]
    public async Task Given_participants_When_they_log_sets_Then_the_board_ranks_them_by_points()
    {
        var (challenge, owner, alice, bob) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(alice, "Alice", Start), new ParticipantJoined(bob, "Bob", Start));
        await fixture.Log.Log(alice, LegPress(5, Start.AddHours(9)));
        await fixture.Log.Log(bob, LegPress(10, Start.AddHours(10)), LegPress(10, Start.AddHours(11)));

        var board = await BoardWhen(challenge, b => b.Entries.Sum(e => e.Points) == 45);

        Assert.Equal([(1, bob, "Bob", 40), (2, alice, "Alice", 5)], board.Entries.Select(e => (e.Rank, e.UserId, e.DisplayName, e.Points)));
        Assert.Equal(Start.AddHours(11), board.Entries[0].ReachedAt);
        Assert.Equal(ChallengeStatus.Active, board.Status);
    }

    [Fact]
    public async Task Given_a_participant_When_they_change_their_display_name_Then_the_board_shows_the_new_name()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "Old name", Start));
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(8)));
        var before = await BoardWhen(challenge, b => b.Entries.Sum(e => e.Points) == 10);

        await fixture.Log.User(user, new UserProfileChanged("New name", "UTC", Start.AddHours(9)));
        var after = await BoardWhen(challenge, b => b.Version > before.Version);

        Assert.Equal("New name", Assert.Single(after.Entries).DisplayName);
        Assert.Equal(10, after.Entries[0].Points);
    }

    [Fact]
    public async Task Given_sets_logged_before_joining_When_the_user_joins_Then_they_count()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner));
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(8)), LegPress(7, Start.AddHours(9)));
        await fixture.Log.Challenge(challenge, new ParticipantJoined(user, "Late", Start.AddDays(2)));

        var board = await BoardWhen(challenge, b => b.Entries.Count == 1);

        Assert.Equal(17, board.Entries[0].Points);
    }

    [Fact]
    public async Task Given_a_participant_When_they_leave_and_rejoin_Then_the_entry_goes_and_comes_back_with_all_sets()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "Yo-yo", Start));
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(8)));
        await BoardWhen(challenge, b => b.Entries is [{ Points: 10 }]);

        await fixture.Log.Challenge(challenge, new ParticipantLeft(user, Start.AddDays(1)));
        await fixture.Log.Log(user, LegPress(4, Start.AddDays(1).AddHours(8)));
        await BoardWhen(challenge, b => b.Entries.Count == 0 && b.ParticipantCount == 0);

        await fixture.Log.Challenge(challenge, new ParticipantJoined(user, "Yo-yo again", Start.AddDays(2)));
        var board = await BoardWhen(challenge, b => b.Entries.Count == 1);

        Assert.Equal(14, board.Entries[0].Points);
        Assert.Equal("Yo-yo again", board.Entries[0].DisplayName);
    }

    [Fact]
    public async Task Given_counted_sets_When_one_is_corrected_and_another_voided_Then_the_board_moves()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (first, second) = (LegPress(10, Start.AddHours(8)), LegPress(10, Start.AddHours(9)));
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        await fixture.Log.Log(user, first, second);
        await BoardWhen(challenge, b => b.Entries is [{ Points: 40 }]); // two tens fill the day: +20 bonus

        await fixture.Log.User(user, new SetCorrected(first with { Reps = 3 }, Start.AddDays(1)));
        await BoardWhen(challenge, b => b.Entries is [{ Points: 13 }]);

        await fixture.Log.User(user, new SetVoided(second.SetId, Start.AddDays(1)));
        var board = await BoardWhen(challenge, b => b.Entries is [{ Points: 3 }]);
        Assert.Equal(Start.AddHours(8), board.Entries[0].ReachedAt);
    }

    [Fact]
    public async Task Given_an_early_end_When_sets_are_performed_after_it_Then_they_do_not_count()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        await fixture.Log.Log(user, LegPress(10, Start.AddDays(1)), LegPress(5, Start.AddDays(3)));
        await BoardWhen(challenge, b => b.Entries is [{ Points: 15 }]);

        await fixture.Log.Challenge(challenge, new ChallengeEnded(Start.AddDays(2)));
        await fixture.Log.Log(user, LegPress(10, Start.AddDays(2).AddHours(1)), LegPress(10, Start.AddDays(1).AddHours(1)));
        var board = await BoardWhen(challenge, b => b.Status == ChallengeStatus.Ended && b.Entries is [{ Points: 40 }]);

        Assert.Equal(Start.AddDays(1).AddHours(1), board.Entries[0].ReachedAt);
    }

    [Fact]
    public async Task Given_a_board_When_asked_around_a_participant_Then_it_answers_their_row_and_neighbours()
    {
        var (challenge, owner) = (Guid.NewGuid(), Guid.NewGuid());
        var users = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToArray();
        await fixture.Log.Challenge(challenge, [Created(challenge, owner), .. users.Select((u, i) => new ParticipantJoined(u, "P" + i, Start))]);
        for (var i = 0; i < users.Length; i++) await fixture.Log.Log(users[i], LegPress(i + 1, Start.AddHours(1)));
        await BoardWhen(challenge, b => b.Entries.Sum(e => e.Points) == 45);

        var view = await fixture.Board(challenge).GetBoard(new LeaderboardQuery(3, users[4], 2));

        Assert.Equal([9, 8, 7], view.Entries.Select(e => e.Points));
        Assert.Equal((5, 5), (view.Me!.Rank, view.Me.Points));
        Assert.Equal([7, 6, 5, 4, 3], view.Around!.Select(e => e.Points));
        Assert.Null((await fixture.Board(challenge).GetBoard(new LeaderboardQuery(3, Guid.NewGuid()))).Me);
    }

    [Fact]
    public async Task Given_a_watcher_When_a_set_moves_the_board_Then_it_gets_a_notice_with_the_new_version()
    {
        var (challenge, owner, user) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        await fixture.Log.Challenge(challenge, Created(challenge, owner), new ParticipantJoined(user, "U", Start));
        var before = await BoardWhen(challenge, b => b.Entries.Count == 1);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var notices = fixture.Board(challenge).WatchAsync(before.Version, cancel.Token).GetAsyncEnumerator(cancel.Token);
        var next = notices.MoveNextAsync().AsTask();
        await fixture.Log.Log(user, LegPress(10, Start.AddHours(3)));

        Assert.True(await next);
        Assert.Equal(challenge, notices.Current.ChallengeId);
        Assert.True(notices.Current.Version > before.Version);
        Assert.Equal(notices.Current.Version, (await fixture.Board(challenge).GetBoard(All)).Version);
    }

    private async Task<LeaderboardView> BoardWhen(Guid challenge, Func<LeaderboardView, bool> condition) =>
        await Eventually.Get(async () =>
        {
            var view = await fixture.Board(challenge).GetBoard(All);
            return condition(view) ? view : null;
        }, TimeSpan.FromSeconds(20));
}
