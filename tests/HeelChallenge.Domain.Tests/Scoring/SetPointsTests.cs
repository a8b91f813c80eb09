using HeelChallenge.Domain.Scoring;
using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 2: set points = min(10, floor(10 * performed / prescribed)).</summary>
public class SetPointsTests
{
    [Theory]
    [InlineData(10, 10, 10)] // exactly the prescription
    [InlineData(9, 10, 9)] // partial set
    [InlineData(1, 10, 1)]
    [InlineData(19, 20, 9)] // 9.5 floors to 9
    [InlineData(1, 20, 0)] // 0.5 floors to 0
    [InlineData(1, 3, 3)] // 3.33 floors to 3
    [InlineData(2, 3, 6)] // 6.67 floors to 6, never rounds up
    [InlineData(299, 300, 9)] // one second short of five minutes
    [InlineData(300, 300, 10)]
    [InlineData(20, 10, 10)] // twice the prescription is capped at 10
    [InlineData(7200, 120, 10)] // a two-hour arch roll still earns 10
    [InlineData(0, 10, 0)]
    public void Given_performed_and_prescribed_When_scoring_a_set_Then_points_are_floored_and_capped_at_10(
        int performed, int prescribed, int expected)
    {
        Assert.Equal(expected, ScoringRule.SetPoints(performed, prescribed));
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(9, 9)]
    [InlineData(5, 5)]
    [InlineData(14, 10)]
    public void Given_a_leg_press_set_When_scored_Then_reps_against_the_prescribed_10_decide_the_points(int reps, int expected)
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule, RepsSet("s1", "leg-press", reps, "2026-02-01T10:00:00Z"));

        Assert.Equal(expected, score.Days.Single().SetPoints);
    }

    [Theory]
    [InlineData(60, 2)] // one minute of five
    [InlineData(150, 5)]
    [InlineData(299, 9)]
    [InlineData(300, 10)]
    [InlineData(600, 10)]
    public void Given_a_timed_exercise_When_scored_Then_seconds_not_reps_are_measured(int seconds, int expected)
    {
        var rule = Rule(Program(Seconds("foam-roller-release", 1, 300)));

        var score = Score(rule, TimedSet("s1", "foam-roller-release", seconds, "2026-02-01T10:00:00Z", "left"));

        Assert.Equal(expected, score.Days.Single().SetPoints);
    }

    [Fact]
    public void Given_a_program_with_its_own_prescription_When_scored_Then_the_program_not_the_catalog_is_the_measure()
    {
        // The catalog prescribes 20 floor calf raises; this challenge asks for 40.
        var rule = Rule(Program(Reps("floor-calf-raise", 1, 40)));

        var score = Score(rule, RepsSet("s1", "floor-calf-raise", 20, "2026-02-01T10:00:00Z"));

        Assert.Equal(5, score.Points);
    }

    [Fact]
    public void Given_a_set_in_the_wrong_unit_When_scored_Then_it_earns_nothing()
    {
        // Set validation refuses this at the door; the rule still must not read reps as seconds.
        var rule = Rule(Program(Seconds("arch-rolls", 1, 120)));

        var score = Score(rule, new Users.LoggedSet("s1", "arch-rolls", "left", 500, null, null, At("2026-02-01T10:00:00Z")));

        Assert.Equal(0, score.Points);
        Assert.Null(score.ReachedAt);
    }
}
