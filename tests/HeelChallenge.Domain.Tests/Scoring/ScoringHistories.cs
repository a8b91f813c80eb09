using FsCheck;
using FsCheck.Fluent;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>
/// Generated participant histories for property tests: a small random program (so full days and bonuses happen),
/// a window across New York's DST change, and logs, corrections (a set id reused) and voids in random order, with
/// sets outside the program, outside the window, on both sides, with equal points and equal instants.
/// </summary>
internal static class ScoringHistories
{
    private static readonly DateTimeOffset Starts = DateTimeOffset.Parse("2026-03-07T00:00:00Z", null);
    private static readonly DateTimeOffset Ends = DateTimeOffset.Parse("2026-03-10T00:00:00Z", null);

    public sealed record Change(LoggedSet? Upsert, string? Void)
    {
        public override string ToString() => Upsert is { } s
            ? $"upsert {s.SetId} {s.ExerciseId} {s.Side} r={s.Reps} s={s.Seconds} at {s.PerformedAt:O}"
            : $"void {Void}";
    }

    public sealed record History(ScoringRule Rule, IReadOnlyList<Change> Changes)
    {
        public override string ToString() =>
            $"{Rule.TimeZone.Id} [{string.Join(", ", Rule.Program.Items)}]\n  " + string.Join("\n  ", Changes);
    }

    public static Gen<ScoringRule> Rules =>
        from exercises in Gen.SubListOf(ScoringKit.SeedCatalog.Exercises.ToArray()).Where(l => l.Count is > 0 and <= 3)
        from items in Gen.CollectToArray(exercises, e =>
            from sets in Gen.Choose(1, 3)
            from amount in Gen.Choose(1, 20)
            select new ProgramItem(e.Id, sets, e.IsTimed ? null : amount, e.IsTimed ? amount : null))
        from zone in Gen.Elements("UTC", "America/New_York", "Pacific/Auckland", "Asia/Kolkata")
        select ScoringRule.Create(new ChallengeProgram(items), ScoringKit.SeedCatalog, Starts, Ends, zone);

    public static Gen<LoggedSet> Sets(ScoringRule rule)
    {
        var inProgram = rule.Program.Items.Select(i => i.ExerciseId).ToArray();
        var any = ScoringKit.SeedCatalog.Exercises.Select(e => e.Id).ToArray();
        return
            from setId in Gen.Choose(0, 11).Select(i => "s" + i)
            from exerciseId in Gen.Frequency((5, Gen.Elements(inProgram)), (1, Gen.Elements(any)))
            let exercise = ScoringKit.SeedCatalog.Find(exerciseId)!
            from side in exercise.Sided ? Gen.Frequency((10, Gen.Elements<string?>("left", "right")), (1, Gen.Constant<string?>(null))) : Gen.Constant<string?>(null)
            from amount in Gen.Choose(1, 25)
            // 40 instants 97 minutes apart from 3 h before the window to past its end: ties in time happen often.
            from step in Gen.Choose(0, 45)
            from offset in Gen.Elements(0, -5, 13)
            select new LoggedSet(setId, exerciseId, side, exercise.IsTimed ? null : amount, exercise.IsTimed ? amount : null,
                null, Starts.AddHours(-3).AddMinutes(97 * step).ToOffset(TimeSpan.FromHours(offset)));
    }

    public static Arbitrary<History> Histories =>
        (from rule in Rules
         from changes in Gen.ListOf(Gen.Frequency(
             (5, Sets(rule).Select(s => new Change(s, null))),
             (1, Gen.Choose(0, 11).Select(i => new Change(null, "s" + i)))))
         select new History(rule, changes)).ToArbitrary();

    /// <summary>Applies changes the plain way: the participant's current sets by set id.</summary>
    public static Dictionary<string, LoggedSet> CurrentSets(IEnumerable<Change> changes)
    {
        var current = new Dictionary<string, LoggedSet>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            if (change.Upsert is { } set) current[set.SetId] = set;
            else current.Remove(change.Void!);
        }

        return current;
    }
}
