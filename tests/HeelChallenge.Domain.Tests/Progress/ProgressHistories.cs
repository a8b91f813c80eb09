using FsCheck;
using FsCheck.Fluent;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>
/// Generated user streams for property tests: a registration, then logs (new and reused set ids), corrections
/// (to other exercises, sides, amounts and instants), voids and zone changes, minutes to hours apart across the
/// Paris and Auckland DST changes. Sets may be back-dated up to three days or performed up to ten minutes ahead
/// of their event (so zone changes re-file some), amounts run from 1 to twice the prescription, and a few sets
/// carry a side that fits no slot.
/// </summary>
internal static class ProgressHistories
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-03-20T00:00:00Z", null);
    private static readonly string[] Zones = ["UTC", "Europe/Paris", "America/Los_Angeles", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"];

    public sealed record History(IReadOnlyList<UserEvent> Events, DateTimeOffset Now, int Days, int InactiveAfterDays)
    {
        public override string ToString() =>
            $"now {Now:O} days {Days} N {InactiveAfterDays}\n  " + string.Join("\n  ", Events.Select(Describe));

        private static string Describe(UserEvent e) => e switch
        {
            UserRegistered r => $"registered {r.TimeZone} at {r.At:O}",
            UserProfileChanged p => $"zone {p.TimeZone} at {p.At:O}",
            SetLogged l => $"log {Show(l.Set)} at {l.At:O}",
            SetCorrected c => $"correct {Show(c.Set)} at {c.At:O}",
            SetVoided v => $"void {v.SetId} at {v.At:O}",
            _ => e.ToString(),
        };

        private static string Show(LoggedSet s) => $"{s.SetId} {s.ExerciseId} {s.Side} r={s.Reps} s={s.Seconds} performed {s.PerformedAt:O}";
    }

    private enum Kind { Log, Correct, Void, Move }

    private sealed record Step(Kind Kind, int GapMinutes, int SetNo, LoggedSetDraft Set, int Zone);

    private sealed record LoggedSetDraft(string ExerciseId, string? Side, int Amount, int MinutesBefore);

    private static Gen<LoggedSetDraft> Drafts =>
        from exercise in Gen.Elements(ProgressKit.SeedCatalog.Exercises.ToArray())
        from side in exercise.Sided
            ? Gen.Frequency((12, Gen.Elements<string?>("left", "right")), (1, Gen.Constant<string?>(null)))
            : Gen.Frequency((12, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("left")))
        from permille in Gen.Choose(1, 2000)
        from minutesBefore in Gen.Frequency((4, Gen.Choose(-10, 180)), (1, Gen.Choose(-10, 3 * 24 * 60)))
        select new LoggedSetDraft(exercise.Id, side, Math.Max(1, exercise.PrescribedAmount * permille / 1000), minutesBefore);

    private static Gen<Step> Steps =>
        from kind in Gen.Frequency((8, Gen.Constant(Kind.Log)), (3, Gen.Constant(Kind.Correct)), (2, Gen.Constant(Kind.Void)), (1, Gen.Constant(Kind.Move)))
        from gap in Gen.Frequency((3, Gen.Choose(0, 15)), (3, Gen.Choose(15, 600)), (1, Gen.Choose(600, 3 * 24 * 60)))
        from setNo in Gen.Choose(0, 14)
        from draft in Drafts
        from zone in Gen.Choose(0, Zones.Length - 1)
        select new Step(kind, gap, setNo, draft, zone);

    public static Arbitrary<History> Histories =>
        (from zone in Gen.Elements(Zones)
         from steps in Gen.ListOf(Steps)
         from nowAfter in Gen.Choose(0, 6 * 24 * 60)
         from days in Gen.Choose(1, 45)
         from inactiveAfter in Gen.Choose(1, 7)
         let events = Materialize(zone, steps)
         select new History(events, events[^1].At.AddMinutes(nowAfter), days, inactiveAfter)).ToArbitrary();

    private static List<UserEvent> Materialize(string zone, IEnumerable<Step> steps)
    {
        var events = new List<UserEvent> { new UserRegistered(Guid.Empty, "user", "User", zone, Start) };
        var at = Start;
        foreach (var step in steps)
        {
            at = at.AddMinutes(step.GapMinutes);
            var d = step.Set;
            var timed = ProgressKit.SeedCatalog.Find(d.ExerciseId)!.IsTimed;
            var set = new LoggedSet("s" + step.SetNo, d.ExerciseId, d.Side, timed ? null : d.Amount, timed ? d.Amount : null, null,
                at.AddMinutes(-d.MinutesBefore).ToOffset(TimeSpan.FromHours(step.SetNo % 3 - 1)));
            events.Add(step.Kind switch
            {
                Kind.Log => new SetLogged(set, at),
                Kind.Correct => new SetCorrected(set, at),
                Kind.Void => new SetVoided(set.SetId, at),
                _ => new UserProfileChanged("User", Zones[step.Zone], at),
            });
        }

        return events;
    }
}
