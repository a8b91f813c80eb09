using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 7's reachedAt: the latest performedAt among counted sets with more than 0 points; null at 0.</summary>
public class ReachedAtTests
{
    private const string Day = "2026-02-01T";

    [Fact]
    public void Given_counted_sets_When_scored_Then_reachedAt_is_the_latest_of_them_in_UTC()
    {
        var rule = Rule(Program(Reps("leg-press", 2, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 5, Day + "08:00:00Z"),
            RepsSet("b", "leg-press", 5, Day + "11:00:00+02:00"));

        Assert.Equal(At(Day + "09:00:00Z"), score.ReachedAt);
        Assert.Equal(TimeSpan.Zero, score.ReachedAt!.Value.Offset);
    }

    [Fact]
    public void Given_a_later_set_that_does_not_make_the_best_N_When_scored_Then_it_does_not_move_reachedAt()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 10, Day + "08:00:00Z"),
            RepsSet("b", "leg-press", 6, Day + "20:00:00Z"));

        Assert.Equal(At(Day + "08:00:00Z"), score.ReachedAt);
    }

    [Fact]
    public void Given_a_later_counted_set_with_0_points_When_scored_Then_it_does_not_move_reachedAt()
    {
        var rule = Rule(Program(Reps("leg-press", 2, 20)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 10, Day + "08:00:00Z"),
            RepsSet("b", "leg-press", 1, Day + "20:00:00Z")); // floor(10 * 1 / 20) = 0

        Assert.Equal(2, score.Days.Single().Slots.Single().Counted.Count);
        Assert.Equal(At(Day + "08:00:00Z"), score.ReachedAt);
        Assert.Equal(5, score.Points);
    }

    [Fact]
    public void Given_only_sets_worth_0_points_When_scored_Then_score_is_0_and_reachedAt_null()
    {
        var rule = Rule(Program(Reps("leg-press", 2, 20)));

        var score = Score(rule, RepsSet("a", "leg-press", 1, Day + "08:00:00Z"));

        Assert.Equal(0, score.Points);
        Assert.Null(score.ReachedAt);
    }

    [Fact]
    public void Given_sets_on_several_days_When_scored_Then_reachedAt_is_the_latest_over_all_days()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 10, "2026-02-03T08:00:00Z"),
            RepsSet("b", "leg-press", 3, "2026-02-05T07:00:00Z"),
            RepsSet("c", "leg-press", 10, "2026-02-01T08:00:00Z"));

        Assert.Equal(At("2026-02-05T07:00:00Z"), score.ReachedAt);
    }
}
