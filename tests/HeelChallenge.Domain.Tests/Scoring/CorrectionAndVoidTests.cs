using HeelChallenge.Domain.Scoring;
using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 1 on the incremental scorer: a correction replaces its set, a void removes it.</summary>
public class CorrectionAndVoidTests
{
    private static readonly ScoringRule LegPress = Rule(Program(Reps("leg-press", 2, 10)));

    [Fact]
    public void Given_a_logged_set_When_corrected_with_the_same_set_id_Then_the_correction_replaces_it()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("s", "leg-press", 4, "2026-02-01T08:00:00Z"));

        var total = scorer.Upsert(RepsSet("s", "leg-press", 8, "2026-02-01T08:00:00Z"));

        Assert.Equal(new ScoreTotal(8, At("2026-02-01T08:00:00Z")), total);
        Assert.Single(scorer.Sets);
    }

    [Fact]
    public void Given_a_logged_set_When_the_same_set_id_is_logged_again_with_other_values_Then_nothing_changes()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Log(RepsSet("s", "leg-press", 4, "2026-02-01T08:00:00Z"));

        var total = scorer.Log(RepsSet("s", "leg-press", 8, "2026-02-01T09:00:00Z"));

        Assert.Equal(new ScoreTotal(4, At("2026-02-01T08:00:00Z")), total);
        Assert.Equal(4, Assert.Single(scorer.Sets).Reps);
    }

    [Fact]
    public void Given_a_set_When_corrected_to_another_day_Then_it_leaves_its_old_slot()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 10, "2026-02-01T08:00:00Z"));
        scorer.Upsert(RepsSet("b", "leg-press", 10, "2026-02-01T09:00:00Z"));
        Assert.Equal(40, scorer.Points); // full day: 2 x 10 + 20

        var total = scorer.Upsert(RepsSet("b", "leg-press", 10, "2026-02-02T09:00:00Z"));

        Assert.Equal(new ScoreTotal(20, At("2026-02-02T09:00:00Z")), total);
        Assert.Equal([10, 10], scorer.Breakdown().Days.Select(d => d.Points));
    }

    [Fact]
    public void Given_a_counted_set_When_corrected_to_an_exercise_outside_the_program_Then_it_stops_counting()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 10, "2026-02-01T08:00:00Z"));

        var total = scorer.Upsert(RepsSet("a", "leg-extension", 10, "2026-02-01T08:00:00Z"));

        Assert.Equal(ScoreTotal.Zero, total);
        Assert.Empty(scorer.Sets);
    }

    [Fact]
    public void Given_a_counted_set_When_voided_Then_the_next_best_set_counts_instead()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 10, "2026-02-01T08:00:00Z"));
        scorer.Upsert(RepsSet("b", "leg-press", 9, "2026-02-01T09:00:00Z"));
        scorer.Upsert(RepsSet("c", "leg-press", 3, "2026-02-01T10:00:00Z"));
        Assert.Equal(19, scorer.Points);

        var total = scorer.Remove("a");

        Assert.Equal(new ScoreTotal(12, At("2026-02-01T10:00:00Z")), total);
    }

    [Fact]
    public void Given_a_full_day_When_one_set_is_voided_Then_the_bonus_goes_too()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 10, "2026-02-01T08:00:00Z"));
        scorer.Upsert(RepsSet("b", "leg-press", 10, "2026-02-01T09:00:00Z"));

        Assert.Equal(new ScoreTotal(10, At("2026-02-01T08:00:00Z")), scorer.Remove("b"));
        Assert.Equal(ScoreTotal.Zero, scorer.Remove("a"));
        Assert.Empty(scorer.Sets);
    }

    [Fact]
    public void Given_an_unknown_set_id_When_voided_Then_nothing_changes()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 7, "2026-02-01T08:00:00Z"));

        Assert.Equal(new ScoreTotal(7, At("2026-02-01T08:00:00Z")), scorer.Remove("nope"));
    }

    [Fact]
    public void Given_the_same_set_again_When_upserted_Then_the_score_is_unchanged()
    {
        var scorer = new ParticipantScorer(LegPress);
        var set = RepsSet("a", "leg-press", 7, "2026-02-01T08:00:00Z");
        var first = scorer.Upsert(set);

        Assert.Equal(first, scorer.Upsert(set with { PerformedAt = set.PerformedAt.ToOffset(TimeSpan.FromHours(2)) }));
        Assert.Single(scorer.Sets);
    }

    [Fact]
    public void Given_a_scorer_When_rebuilt_from_its_sets_Then_score_and_breakdown_are_the_same()
    {
        var scorer = new ParticipantScorer(LegPress);
        scorer.Upsert(RepsSet("a", "leg-press", 10, "2026-02-01T08:00:00Z"));
        scorer.Upsert(RepsSet("b", "leg-press", 10, "2026-02-01T09:00:00Z"));
        scorer.Upsert(RepsSet("c", "leg-press", 6, "2026-02-02T09:00:00Z"));
        scorer.Upsert(RepsSet("d", "leg-extension", 6, "2026-02-02T09:00:00Z"));

        var rebuilt = new ParticipantScorer(LegPress, scorer.Sets);

        Assert.Equal(new ScoreTotal(46, At("2026-02-02T09:00:00Z")), rebuilt.Total);
        Assert.Equal(scorer.Breakdown(), rebuilt.Breakdown());
    }
}
