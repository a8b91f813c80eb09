using System.Numerics;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>
/// The progress rules computed from scratch, as plainly as they read: replay the stream into "current sets" and
/// "zone history", date every live set by the zone at its instant, and count with exact fractions. The reference
/// the incremental <see cref="ProgressState"/> + <see cref="ProgressReporter"/> are tested against.
/// </summary>
internal static class ProgressReference
{
    public sealed record Fraction(BigInteger N, BigInteger D)
    {
        public static readonly Fraction Zero = new(0, 1);

        public Fraction Plus(Fraction o) => new(N * o.D + o.N * D, D * o.D);

        public decimal Round(int decimals)
        {
            var scale = BigInteger.Pow(10, decimals);
            var q = BigInteger.DivRem(N * scale, D, out var r);
            if (2 * r >= D) q += 1;
            return (decimal)q / (decimal)scale;
        }
    }

    public sealed record Replayed(Guid UserId, DateTimeOffset? RegisteredAt, List<(DateTimeOffset From, string Zone)> Zones,
        Dictionary<string, LoggedSet> Live)
    {
        public string ZoneAt(DateTimeOffset t) => Zones.LastOrDefault(z => z.From <= t).Zone ?? "UTC";

        public string CurrentZone => Zones.Count == 0 ? "UTC" : Zones[^1].Zone;

        public DateOnly DayOf(LoggedSet s) => DateIn(s.PerformedAt, ZoneAt(s.PerformedAt));
    }

    public static Replayed Replay(IEnumerable<UserEvent> events)
    {
        var r = new Replayed(Guid.Empty, null, [], new Dictionary<string, LoggedSet>(StringComparer.Ordinal));
        var voided = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            switch (e)
            {
                case UserRegistered reg when r.RegisteredAt is null:
                    r = r with { UserId = reg.UserId, RegisteredAt = reg.RegisteredAt };
                    r.Zones.Insert(0, (DateTimeOffset.MinValue, reg.TimeZone));
                    break;
                case UserProfileChanged p when p.TimeZone != r.CurrentZone:
                    r.Zones.Add((r.Zones.Count > 0 ? Max(p.ChangedAt, r.Zones[^1].From) : p.ChangedAt, p.TimeZone));
                    break;
                case SetLogged l when !r.Live.ContainsKey(l.Set.SetId) && !voided.Contains(l.Set.SetId):
                    r.Live[l.Set.SetId] = l.Set;
                    break;
                case SetCorrected c when r.Live.ContainsKey(c.Set.SetId):
                    r.Live[c.Set.SetId] = c.Set;
                    break;
                case SetVoided v when r.Live.Remove(v.SetId):
                    voided.Add(v.SetId);
                    break;
            }
        }

        return r;
    }

    public static ProgressReport Report(IEnumerable<UserEvent> events, ExerciseCatalog catalog, DateTimeOffset now, int days, int n)
    {
        var r = Replay(events);
        var today = DateIn(now, r.CurrentZone);
        var byDay = r.Live.Values.ToLookup(r.DayOf);
        var slots = catalog.Exercises.SelectMany(e => e.Sided ? new[] { (e, (string?)"left"), (e, "right") } : [(e, null)]).ToArray();
        var perDay = slots.Sum(s => s.e.Sets);

        (ProgressDayReport Report, Fraction Credit) DayAt(DateOnly date)
        {
            var credit = Fraction.Zero;
            var reports = new List<ProgressSlotReport>();
            foreach (var (e, side) in slots)
            {
                var performed = byDay[date].Where(s => s.ExerciseId == e.Id && s.Side == side)
                    .Select(s => (e.IsTimed ? s.Seconds : s.Reps) ?? 0).ToList();
                var slotCredit = performed.Select(p => new Fraction(Math.Min(p, e.PrescribedAmount), e.PrescribedAmount))
                    .OrderByDescending(f => f.N).Take(e.Sets).Aggregate(Fraction.Zero, (a, b) => a.Plus(b));
                credit = credit.Plus(slotCredit);
                reports.Add(new ProgressSlotReport(e.Id, side, e.Unit, e.Sets, e.PrescribedAmount, performed.Count, performed.Sum(), slotCredit.Round(2)));
            }

            var percent = new Fraction(100 * credit.N, credit.D * perDay).Round(1);
            return (new ProgressDayReport(date, perDay, reports.Sum(x => x.SetsDone), credit.Round(2), percent, reports), credit);
        }

        var all = Enumerable.Range(0, Math.Max(30, days)).Select(i => DayAt(today.AddDays(-i))).ToArray();
        var active = byDay.Select(g => g.Key).ToHashSet();
        // The user's first day: registration or an earlier (back-dated) set; no window reaches before it.
        var started = active.Append(DateIn(r.RegisteredAt!.Value, r.ZoneAt(r.RegisteredAt.Value))).Min();
        decimal? Window(int skip, int take)
        {
            var counted = all.Skip(skip).Take(take).Where(d => d.Report.Date >= started).ToArray();
            if (counted.Length == 0) return null;
            var sum = counted.Aggregate(Fraction.Zero, (a, d) => a.Plus(d.Credit));
            return new Fraction(100 * sum.N, sum.D * counted.Length * perDay).Round(1);
        }

        var (a7, p7, a30) = (Window(0, 7) ?? 0m, Window(7, 7), Window(0, 30) ?? 0m);
        var longest = active.Where(d => !active.Contains(d.AddDays(-1)))
            .Select(d => Enumerable.Range(0, 10_000).TakeWhile(i => active.Contains(d.AddDays(i))).Count())
            .DefaultIfEmpty(0).Max();
        var current = 0;
        if (active.Count > 0 && active.Max() >= today.AddDays(-1))
            for (var d = active.Max(); active.Contains(d); d = d.AddDays(-1)) current++;

        DateTimeOffset? lastActive = r.Live.Count == 0 ? null : r.Live.Values.Max(s => s.PerformedAt).ToUniversalTime();
        var since = lastActive ?? r.RegisteredAt;
        int? daysSince = since is null ? null : Math.Max(0, today.DayNumber - DateIn(since.Value, r.CurrentZone).DayNumber);
        var flags = new ProgressFlags(daysSince is { } ds && ds >= n, p7 - a7 >= 20m);
        return new ProgressReport(r.UserId, r.CurrentZone, today, all.Take(days).Select(d => d.Report).ToArray(), a7, a30, p7,
            current, longest, lastActive, daysSince, n, flags, NeedsAttention.Score(flags.Inactive, flags.Dropping, a7, daysSince), started);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateOnly DateIn(DateTimeOffset t, string zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(t, TimeZoneInfo.FindSystemTimeZoneById(zone)).DateTime);
}
