using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clauses 3 and 4: slots per (day, exercise, side), and only the best <c>sets</c> sets of a slot count.</summary>
public class SlotTests
{
    private const string Day = "2026-02-01T";

    [Fact]
    public void Given_a_sided_exercise_When_both_sides_do_the_full_prescription_Then_each_side_is_its_own_full_slot()
    {
        var rule = Rule(Program(Seconds("arch-rolls", 1, 120)));

        var score = Score(rule,
            TimedSet("l", "arch-rolls", 120, Day + "08:00:00Z", "left"),
            TimedSet("r", "arch-rolls", 120, Day + "08:05:00Z", "right"));

        var slots = score.Days.Single().Slots;
        Assert.Equal(["left", "right"], slots.Select(s => s.Side));
        Assert.All(slots, s => Assert.Equal(10, s.Points));
        Assert.Equal(10 + 10 + 20, score.Points);
    }

    [Fact]
    public void Given_a_sided_exercise_When_only_one_side_is_done_twice_Then_the_second_set_does_not_fill_the_other_side()
    {
        var rule = Rule(Program(Seconds("arch-rolls", 1, 120)));

        var score = Score(rule,
            TimedSet("l1", "arch-rolls", 120, Day + "08:00:00Z", "left"),
            TimedSet("l2", "arch-rolls", 120, Day + "09:00:00Z", "left"));

        var left = score.Days.Single().Slots.Single(s => s.Side == "left");
        Assert.Equal(["l1"], left.Counted.Select(c => c.SetId));
        Assert.Equal(1, left.Uncounted);
        Assert.Empty(score.Days.Single().Slots.Single(s => s.Side == "right").Counted);
        Assert.Equal(10, score.Points);
    }

    [Fact]
    public void Given_more_sets_than_prescribed_When_scored_Then_only_the_best_count()
    {
        var rule = Rule(Program(Reps("leg-press", 2, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 5, Day + "08:00:00Z"),
            RepsSet("b", "leg-press", 8, Day + "08:10:00Z"),
            RepsSet("c", "leg-press", 3, Day + "08:20:00Z"),
            RepsSet("d", "leg-press", 9, Day + "08:30:00Z"));

        var slot = score.Days.Single().Slots.Single();
        Assert.Equal(["d", "b"], slot.Counted.Select(c => c.SetId));
        Assert.Equal(17, score.Points);
        Assert.Equal(2, slot.Uncounted);
    }

    [Fact]
    public void Given_equal_points_When_choosing_the_best_Then_the_earlier_performedAt_counts()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule,
            RepsSet("a-late", "leg-press", 7, Day + "09:00:00Z"),
            RepsSet("z-early", "leg-press", 7, Day + "08:00:00Z"));

        Assert.Equal("z-early", score.Days.Single().Slots.Single().Counted.Single().SetId);
        Assert.Equal(At(Day + "08:00:00Z"), score.ReachedAt);
    }

    [Fact]
    public void Given_equal_points_and_time_When_choosing_the_best_Then_the_smaller_set_id_ordinal_counts()
    {
        // Ordinal: upper-case 'B' (0x42) sorts before lower-case 'a' (0x61).
        var rule = Rule(Program(Reps("leg-press", 1, 10)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 7, Day + "08:00:00Z"),
            RepsSet("B", "leg-press", 7, Day + "09:00:00+01:00"));

        Assert.Equal("B", score.Days.Single().Slots.Single().Counted.Single().SetId);
    }

    [Fact]
    public void Given_a_tie_at_the_cut_When_more_sets_than_prescribed_Then_the_tie_break_picks_who_counts()
    {
        var rule = Rule(Program(Reps("leg-press", 2, 10)));

        var score = Score(rule,
            RepsSet("s3", "leg-press", 6, Day + "08:00:00Z"),
            RepsSet("s2", "leg-press", 6, Day + "08:00:00Z"),
            RepsSet("s1", "leg-press", 6, Day + "09:00:00Z"),
            RepsSet("s0", "leg-press", 10, Day + "10:00:00Z"));

        Assert.Equal(["s0", "s2"], score.Days.Single().Slots.Single().Counted.Select(c => c.SetId));
        Assert.Equal(16, score.Points);
    }

    [Fact]
    public void Given_sets_of_two_exercises_When_scored_Then_each_exercise_has_its_own_slot()
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10), Reps("leg-extension", 1, 20)));

        var score = Score(rule,
            RepsSet("a", "leg-press", 10, Day + "08:00:00Z"),
            RepsSet("b", "leg-press", 10, Day + "08:10:00Z"),
            RepsSet("c", "leg-extension", 10, Day + "08:20:00Z"));

        Assert.Equal([10, 5], score.Days.Single().Slots.Select(s => s.Points));
        Assert.Equal(15, score.Points);
    }
}
