using FsCheck;
using FsCheck.Fluent;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>
/// Generated histories for the projection properties: a few users and challenges (random programs, windows and time
/// zones, public or private), and raw operations in random interleavings — joins, leaves, rejoins, sets logged,
/// corrected and voided (inside and outside programs and windows, on both sides), early ends and cancellations.
/// <see cref="HistoryModel"/> turns them into the events the write side would have stored (skipping what it would refuse).
/// </summary>
internal static class ProjectionHistories
{
    public static readonly ExerciseCatalog Catalog = ExerciseCatalog.LoadDefault();

    /// <summary>Set instants are Base + 97 minutes × step: 0..90 spans about six days, across every window.</summary>
    public static readonly DateTimeOffset Base = new(2026, 3, 6, 0, 0, 0, TimeSpan.Zero);

    public abstract record Op;

    public sealed record Join(int User, int Challenge, string Name) : Op;

    public sealed record Leave(int User, int Challenge) : Op;

    public sealed record Log(int User, SetSpec Set) : Op;

    public sealed record Correct(int User, int Pick, SetSpec Set) : Op;

    public sealed record VoidSet(int User, int Pick) : Op;

    public sealed record End(int Challenge, int Step) : Op;

    public sealed record Cancel(int Challenge) : Op;

    public sealed record SetSpec(string ExerciseId, string? Side, int Amount, int Step, int OffsetHours)
    {
        public DateTimeOffset PerformedAt => Base.AddMinutes(97 * Step).ToOffset(TimeSpan.FromHours(OffsetHours));
    }

    public sealed record ChallengeSpec(IReadOnlyList<ProgramItem> Program, int StartHour, int Hours, string TimeZone, string Visibility)
    {
        public DateTimeOffset StartsAt => Base.AddHours(StartHour);

        public DateTimeOffset EndsAt => StartsAt.AddHours(Hours);

        public override string ToString() => $"{TimeZone} {Visibility} [{StartsAt:O}, {EndsAt:O}) [{string.Join(", ", Program)}]";
    }

    public sealed record History(int Users, IReadOnlyList<ChallengeSpec> Challenges, IReadOnlyList<Op> Ops)
    {
        public override string ToString() =>
            $"{Users} users\n  " + string.Join("\n  ", Challenges) + "\n  " + string.Join("\n  ", Ops);
    }

    public static Arbitrary<History> Histories =>
        (from users in Gen.Choose(2, 4)
         from challenges in Gen.Choose(1, 2).SelectMany(n => Gen.ArrayOf(Challenges, n))
         from ops in Gen.ListOf(Ops(users, challenges.Length))
         select new History(users, challenges, [.. ops])).ToArbitrary();

    private static Gen<ChallengeSpec> Challenges =>
        from exercises in Gen.SubListOf(Catalog.Exercises.ToArray()).Where(l => l.Count is > 0 and <= 3)
        from items in Gen.CollectToArray(exercises, e =>
            from sets in Gen.Choose(1, 3)
            from amount in Gen.Choose(1, 20)
            select new ProgramItem(e.Id, sets, e.IsTimed ? null : amount, e.IsTimed ? amount : null))
        from startHour in Gen.Choose(0, 48)
        from hours in Gen.Choose(12, 96)
        from zone in Gen.Elements("UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham")
        from visibility in Gen.Elements("public", "private")
        select new ChallengeSpec(items, startHour, hours, zone, visibility);

    private static Gen<SetSpec> Sets =>
        from exercise in Gen.Elements(Catalog.Exercises.ToArray())
        from side in exercise.Sided ? Gen.Frequency((8, Gen.Elements<string?>("left", "right")), (1, Gen.Constant<string?>(null))) : Gen.Constant<string?>(null)
        from amount in Gen.Choose(1, 25)
        from step in Gen.Choose(0, 90)
        from offset in Gen.Elements(0, -7, 9)
        select new SetSpec(exercise.Id, side, amount, step, offset);

    private static Gen<Op> Ops(int users, int challenges)
    {
        var user = Gen.Choose(0, users - 1);
        var challenge = Gen.Choose(0, challenges - 1);
        return Gen.Frequency(
            (4, from u in user from c in challenge from n in Gen.Elements("Ann", "Bo", "Cy") select (Op)new Join(u, c, n)),
            (1, from u in user from c in challenge select (Op)new Leave(u, c)),
            (8, from u in user from s in Sets select (Op)new Log(u, s)),
            (2, from u in user from p in Gen.Choose(0, 50) from s in Sets select (Op)new Correct(u, p, s)),
            (2, from u in user from p in Gen.Choose(0, 50) select (Op)new VoidSet(u, p)),
            (1, Gen.Frequency((3, Gen.Constant(-1)), (1, Gen.Choose(0, 90))).SelectMany(step =>
                challenge.Select(c => step < 0 ? (Op)new Cancel(c) : new End(c, step)))));
    }
}
