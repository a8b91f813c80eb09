using HeelChallenge.Domain.Leaderboards;

namespace HeelChallenge.Domain.Tests.Leaderboards;

public class RankedBoardTests
{
    private static readonly DateTimeOffset Early = DateTimeOffset.Parse("2026-02-01T08:00:00Z", null);
    private static readonly DateTimeOffset Late = DateTimeOffset.Parse("2026-02-01T09:00:00Z", null);

    private static Guid Id(string last12) => Guid.Parse("00000000-0000-0000-0000-" + last12);

    [Fact]
    public void Given_an_empty_board_When_queried_Then_everything_is_empty()
    {
        var board = new RankedBoard();
        var someone = Guid.NewGuid();

        Assert.Equal(0, board.Count);
        Assert.Empty(board.Top(10));
        Assert.Empty(board.Range(1, 10));
        Assert.Empty(board.Around(someone, 5, 5));
        Assert.Null(board.RankOf(someone));
        Assert.False(board.TryGet(someone, out _));
        Assert.False(board.Remove(someone));
    }

    [Fact]
    public void Given_one_participant_When_queried_Then_they_are_first_everywhere()
    {
        var board = new RankedBoard(capacity: 0);
        var user = Guid.NewGuid();

        Assert.Equal(1, board.Set(user, 30, Early));

        var expected = new RankedEntry(1, user, 30, Early);
        Assert.Equal([expected], board.Top(10));
        Assert.Equal([expected], board.Around(user, 5, 5));
        Assert.True(board.TryGet(user, out var entry));
        Assert.Equal(expected, entry);
    }

    [Fact]
    public void Given_ties_When_ranked_Then_earlier_reachedAt_then_null_last_then_user_id_decide()
    {
        var board = new RankedBoard();
        board.Set(Id("00000000000b"), 40, Late);
        board.Set(Id("00000000000a"), 40, Late);
        board.Set(Id("00000000000c"), 40, Early);
        board.Set(Id("000000000001"), 50, Late);
        board.Set(Id("000000000002"), 0, null);
        board.Set(Id("000000000003"), 40, null);

        Assert.Equal(["000000000001", "00000000000c", "00000000000a", "00000000000b", "000000000003", "000000000002"],
            board.Top(10).Select(e => e.UserId.ToString("D")[24..]));
        Assert.Equal([1, 2, 3, 4, 5, 6], board.Top(10).Select(e => e.Rank));
    }

    [Fact]
    public void Given_a_participant_When_their_score_changes_Then_they_move_and_others_shift()
    {
        var board = new RankedBoard();
        var (a, b, c) = (Id("00000000000a"), Id("00000000000b"), Id("00000000000c"));
        board.Set(a, 30, Early);
        board.Set(b, 20, Early);
        board.Set(c, 10, Early);

        Assert.Equal(1, board.Set(c, 40, Late));
        Assert.Equal(2, board.RankOf(a));
        Assert.Equal(3, board.RankOf(b));
        Assert.Equal(1, board.Set(c, 40, Late)); // the same values again: nothing moves
        Assert.Equal(3, board.Count);
    }

    [Fact]
    public void Given_a_participant_When_removed_Then_the_ones_below_move_up_and_a_second_remove_is_false()
    {
        var board = new RankedBoard();
        var (a, b, c) = (Id("00000000000a"), Id("00000000000b"), Id("00000000000c"));
        board.Set(a, 30, Early);
        board.Set(b, 20, Early);
        board.Set(c, 10, Early);

        Assert.True(board.Remove(a));
        Assert.False(board.Remove(a));
        Assert.Equal(1, board.RankOf(b));
        Assert.Equal(2, board.RankOf(c));
        Assert.Null(board.RankOf(a));
        Assert.Equal(2, board.Count);
    }

    [Fact]
    public void Given_a_participant_near_the_top_or_bottom_When_asking_around_them_Then_the_window_is_cut_at_the_edges()
    {
        var board = new RankedBoard();
        var users = Enumerable.Range(1, 20).Select(i => Id(i.ToString("x12"))).ToArray();
        for (var i = 0; i < users.Length; i++) board.Set(users[i], 100 - i, Early);

        Assert.Equal([1, 2, 3, 4], board.Around(users[0], 5, 3).Select(e => e.Rank));
        Assert.Equal([5, 6, 7, 8, 9, 10, 11, 12, 13], board.Around(users[8], 4, 4).Select(e => e.Rank));
        Assert.Equal([18, 19, 20], board.Around(users[19], 2, 5).Select(e => e.Rank));
        Assert.Equal([20], board.Around(users[19], 0, 0).Select(e => e.Rank));
        Assert.Equal(20, board.Around(users[0], int.MaxValue, int.MaxValue).Count);
        Assert.Equal(users[..10], board.Top(10).Select(e => e.UserId));
        Assert.Equal(users[15..], board.Range(16, 100).Select(e => e.UserId));
    }

    [Fact]
    public void Given_reachedAt_with_an_offset_When_read_back_Then_it_is_the_same_instant_in_UTC()
    {
        var board = new RankedBoard();
        var user = Guid.NewGuid();
        board.Set(user, 5, Early.ToOffset(TimeSpan.FromHours(-5)));

        var entry = board.Top(1).Single();

        Assert.Equal(Early, entry.ReachedAt);
        Assert.Equal(TimeSpan.Zero, entry.ReachedAt!.Value.Offset);
    }

    [Fact]
    public void Given_a_full_board_When_cleared_Then_it_is_empty_and_usable_again()
    {
        var board = new RankedBoard();
        for (var i = 0; i < 100; i++) board.Set(Guid.NewGuid(), i, Early);

        board.Clear();
        var user = Guid.NewGuid();

        Assert.Equal(0, board.Count);
        Assert.Empty(board.Top(5));
        Assert.Equal(1, board.Set(user, 1, null));
        Assert.Equal([new RankedEntry(1, user, 1, null)], board.Top(5));
    }

    [Fact]
    public void Given_bad_ranges_When_asked_Then_they_are_refused()
    {
        var board = new RankedBoard();

        Assert.Throws<ArgumentOutOfRangeException>(() => board.Range(0, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => board.Range(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => board.Around(Guid.NewGuid(), -1, 0));
        Assert.Empty(board.Range(1, 0));
        Assert.Empty(board.Range(int.MaxValue, int.MaxValue));
    }

    [Fact]
    public void Given_many_random_changes_When_compared_with_a_sorted_list_Then_ranks_and_pages_agree()
    {
        var random = new Random(4);
        var users = Enumerable.Range(0, 3000).Select(_ => Guid.NewGuid()).ToArray();
        var board = new RankedBoard();
        var model = new BoardModel();
        for (var step = 0; step < 30_000; step++)
        {
            var user = users[random.Next(users.Length)];
            if (random.Next(10) == 0)
            {
                Assert.Equal(model.Remove(user), board.Remove(user));
                continue;
            }

            var points = random.Next(0, 200);
            DateTimeOffset? reachedAt = points == 0 ? null : Early.AddMinutes(random.Next(0, 50));
            model.Set(user, points, reachedAt);
            board.Set(user, points, reachedAt);
        }

        var all = model.All();
        Assert.Equal(all, board.Range(1, board.Count));
        foreach (var entry in all.Where((_, i) => i % 97 == 0))
        {
            Assert.Equal(entry.Rank, board.RankOf(entry.UserId));
        }
    }
}
