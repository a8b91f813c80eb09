using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>"The score is a pure function of the participant's sets, whatever order they arrived in."</summary>
public class IncrementalScoringProperties
{
    [Property(MaxTest = 300, EndSize = 120)]
    public Property Given_any_history_When_scored_incrementally_Then_every_step_equals_scoring_from_scratch() =>
        Prop.ForAll(ScoringHistories.Histories, history =>
        {
            var scorer = new ParticipantScorer(history.Rule);
            var current = new Dictionary<string, Users.LoggedSet>(StringComparer.Ordinal);
            foreach (var change in history.Changes)
            {
                ScoreTotal total;
                if (change.Upsert is { } set)
                {
                    current[set.SetId] = set;
                    total = scorer.Upsert(set);
                }
                else
                {
                    current.Remove(change.Void!);
                    total = scorer.Remove(change.Void!);
                }

                Assert.Equal(history.Rule.Score(current.Values).Total, total);
            }

            Assert.Equal(history.Rule.Score(current.Values), scorer.Breakdown());
            Assert.Equal(current.Values.Where(history.Rule.Counts).Select(s => s.SetId).Order(StringComparer.Ordinal),
                scorer.Sets.Select(s => s.SetId).Order(StringComparer.Ordinal));
        });

    [Property(MaxTest = 300, EndSize = 120)]
    public Property Given_any_history_When_first_versions_arrive_through_Log_Then_every_step_equals_scoring_from_scratch() =>
        Prop.ForAll(ScoringHistories.Histories, history =>
        {
            var scorer = new ParticipantScorer(history.Rule);
            var current = new Dictionary<string, Users.LoggedSet>(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var change in history.Changes)
            {
                ScoreTotal total;
                if (change.Upsert is { } set)
                {
                    current[set.SetId] = set;
                    // What a board gets: SetLogged (Log) for a set id's first version, SetCorrected (Upsert) after.
                    total = seen.Add(set.SetId) ? scorer.Log(set) : scorer.Upsert(set);
                }
                else
                {
                    current.Remove(change.Void!);
                    total = scorer.Remove(change.Void!);
                }

                Assert.Equal(history.Rule.Score(current.Values).Total, total);
            }

            Assert.Equal(history.Rule.Score(current.Values), scorer.Breakdown());
        });

    [Property(MaxTest = 300, EndSize = 120)]
    public Property Given_the_current_sets_When_they_arrive_in_another_order_Then_score_and_breakdown_are_the_same() =>
        Prop.ForAll(ScoringHistories.Histories, history =>
        {
            var current = ScoringHistories.CurrentSets(history.Changes).Values.ToArray();
            var shuffled = current.OrderBy(s => HashCode.Combine(s.SetId, history.Changes.Count)).ToArray();

            var expected = history.Rule.Score(current);

            Assert.Equal(expected, history.Rule.Score(shuffled));
            Assert.Equal(expected.Total, new ParticipantScorer(history.Rule, shuffled).Total);
            Assert.Equal(expected.Total, new ParticipantScorer(history.Rule, current.Reverse()).Total);
            Assert.Equal(expected.Points, expected.Days.Sum(d => d.SetPoints + d.Bonus));
            Assert.Equal(expected.Points == 0, expected.ReachedAt is null);
        });

    [Property(MaxTest = 200, EndSize = 120)]
    public Property Given_a_history_When_the_scorer_is_rebuilt_from_its_snapshot_sets_Then_it_continues_identically() =>
        Prop.ForAll(ScoringHistories.Histories, history =>
        {
            var half = history.Changes.Count / 2;
            var live = new ParticipantScorer(history.Rule);
            foreach (var change in history.Changes.Take(half)) Apply(live, change);
            var restored = new ParticipantScorer(history.Rule, live.Sets);

            foreach (var change in history.Changes.Skip(half))
            {
                Assert.Equal(Apply(live, change), Apply(restored, change));
            }

            Assert.Equal(live.Breakdown(), restored.Breakdown());
        });

    private static ScoreTotal Apply(ParticipantScorer scorer, ScoringHistories.Change change) =>
        change.Upsert is { } set ? scorer.Upsert(set) : scorer.Remove(change.Void!);
}
