using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 1: which sets count — exercise in the program, performedAt in [startsAt, endsAt).</summary>
public class CountingSetsTests
{
    private static readonly DateTimeOffset Starts = At("2026-03-01T00:00:00-05:00");
    private static readonly DateTimeOffset Ends = At("2026-03-15T00:00:00-04:00");

    [Theory]
    [InlineData("2026-03-01T05:00:00Z", true)] // exactly startsAt, written in UTC
    [InlineData("2026-03-01T00:00:00-05:00", true)]
    [InlineData("2026-03-01T04:59:59.9999999Z", false)] // one tick before the start
    [InlineData("2026-03-15T03:59:59.9999999Z", true)] // one tick before the end
    [InlineData("2026-03-15T04:00:00Z", false)] // exactly endsAt
    [InlineData("2026-03-20T12:00:00Z", false)]
    [InlineData("2026-02-20T12:00:00Z", false)]
    public void Given_a_window_When_a_set_is_at_its_edges_Then_startsAt_counts_and_endsAt_does_not(string performedAt, bool counts)
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)), "America/New_York", Starts, Ends);
        var set = RepsSet("s", "leg-press", 10, performedAt);

        var score = Score(rule, set);

        Assert.Equal(counts, rule.Counts(set));
        Assert.Equal(counts ? 30 : 0, score.Points);
    }

    [Fact]
    public void Given_an_exercise_not_in_the_program_When_scored_Then_it_is_ignored()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-extension", 20, "2026-02-01T08:00:00Z"),
            RepsSet("b", "seated-calf-raise", 20, "2026-02-01T08:00:00Z"));

        Assert.Equal(0, score.Points);
        Assert.Empty(score.Days);
        Assert.Empty(new Domain.Scoring.ParticipantScorer(rule, [RepsSet("a", "leg-extension", 20, "2026-02-01T08:00:00Z")]).Sets);
    }

    [Fact]
    public void Given_a_sided_exercise_without_a_side_When_scored_Then_it_is_ignored()
    {
        // Set validation refuses such a set; the rule does not guess a side for it.
        var rule = Rule(Program(Seconds("arch-rolls", 1, 120)));

        var score = Score(rule, new LoggedSet("s", "arch-rolls", null, null, 120, null, At("2026-02-01T08:00:00Z")));

        Assert.Equal(0, score.Points);
    }

    [Fact]
    public void Given_no_sets_When_scored_Then_zero_points_no_reachedAt_and_no_days()
    {
        var score = Score(Rule(Program(Reps("leg-press", 1, 10))));

        Assert.Equal(0, score.Points);
        Assert.Null(score.ReachedAt);
        Assert.Empty(score.Days);
    }

    [Fact]
    public void Given_the_same_set_id_twice_When_scored_from_scratch_Then_it_is_refused_as_ambiguous()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        Assert.Throws<ArgumentException>(() => rule.Score(
        [
            RepsSet("s", "leg-press", 10, "2026-02-01T08:00:00Z"),
            RepsSet("s", "leg-press", 5, "2026-02-01T08:00:00Z"),
        ]));
    }
}
