using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Builders for scoring tests: the real catalog from seeds/, rules, sets, and scoring both ways at once.</summary>
internal static class ScoringKit
{
    public static readonly ExerciseCatalog SeedCatalog = ExerciseCatalog.LoadDefault();

    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-01-01T00:00:00Z", null);
    public static readonly DateTimeOffset End = DateTimeOffset.Parse("2027-01-01T00:00:00Z", null);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, null);

    public static ChallengeProgram Program(params ProgramItem[] items) => new(items);

    public static ProgramItem Reps(string exerciseId, int sets, int reps) => new(exerciseId, sets, reps, null);

    public static ProgramItem Seconds(string exerciseId, int sets, int seconds) => new(exerciseId, sets, null, seconds);

    public static ScoringRule Rule(ChallengeProgram program, string timeZone = "UTC", DateTimeOffset? startsAt = null,
        DateTimeOffset? endsAt = null) =>
        ScoringRule.Create(program, SeedCatalog, startsAt ?? Start, endsAt ?? End, timeZone);

    /// <summary>A set of a reps exercise (no side unless given).</summary>
    public static LoggedSet RepsSet(string setId, string exerciseId, int reps, string performedAt, string? side = null) =>
        new(setId, exerciseId, side, reps, null, null, At(performedAt));

    public static LoggedSet TimedSet(string setId, string exerciseId, int seconds, string performedAt, string side) =>
        new(setId, exerciseId, side, null, seconds, null, At(performedAt));

    /// <summary>
    /// Scores from scratch, and checks on the way that the incremental scorer agrees whether the sets arrive in
    /// the given order or reversed, and that its breakdown is the same.
    /// </summary>
    public static ParticipantScore Score(ScoringRule rule, params LoggedSet[] sets)
    {
        var expected = rule.Score(sets);
        var forward = new ParticipantScorer(rule, sets);
        var backward = new ParticipantScorer(rule, sets.Reverse());
        Assert.Equal(expected.Total, forward.Total);
        Assert.Equal(expected.Total, backward.Total);
        Assert.Equal(expected, forward.Breakdown());
        return expected;
    }
}
