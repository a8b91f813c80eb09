using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>"Progress is a pure function of the stream": the incremental fold equals the rules computed from scratch.</summary>
public class ProgressProperties
{
    private static ProgressReport ReportOf(ProgressState state, ProgressHistories.History h) =>
        ProgressReporter.Report(state, SeedCatalog, h.Now, h.Days, h.InactiveAfterDays);

    [Property(MaxTest = 300, EndSize = 80)]
    public Property Given_any_stream_When_folded_in_order_Then_the_report_equals_the_from_scratch_reference() =>
        Prop.ForAll(ProgressHistories.Histories, h =>
        {
            var state = Fold(h.Events);
            var expected = ProgressReference.Report(h.Events, SeedCatalog, h.Now, h.Days, h.InactiveAfterDays);
            var replayed = ProgressReference.Replay(h.Events);

            Assert.Equal(expected, ReportOf(state, h));
            Assert.Equal(replayed.Live.Values.Select(replayed.DayOf).Distinct().Order(), state.Days.Keys.Order());
            Assert.Equal(replayed.Live.Count, state.Days.Values.Sum(d => d.SetCount));
        });

    [Property(MaxTest = 200, EndSize = 80)]
    public Property Given_any_stream_When_every_event_is_delivered_twice_Then_the_report_is_the_same() =>
        Prop.ForAll(ProgressHistories.Histories, h =>
        {
            var once = Fold(h.Events);
            var twice = Fold(h.Events.SelectMany(e => new[] { e, e }));

            Assert.Equal(ReportOf(once, h), ReportOf(twice, h));
        });

    [Property(MaxTest = 200, EndSize = 80)]
    public Property Given_any_stream_When_rebuilt_from_a_snapshot_taken_midway_Then_it_ends_like_the_live_fold() =>
        Prop.ForAll(ProgressHistories.Histories, Gen.Choose(0, 100).ToArbitrary(), (h, percent) =>
        {
            var cut = h.Events.Count * percent / 100;
            var live = Fold(h.Events);
            var snapshot = JsonSerializer.Serialize(Fold(h.Events.Take(cut)), JsonSerializerOptions.Web);
            var rebuilt = JsonSerializer.Deserialize<ProgressState>(snapshot, JsonSerializerOptions.Web)!;
            foreach (var e in h.Events.Skip(cut)) rebuilt.Apply(e);

            Assert.Equal(ReportOf(live, h), ReportOf(rebuilt, h));
            Assert.Equal(Canonical(live), Canonical(rebuilt));
        });

    // The state's content in a fixed order (dictionaries enumerate in an order their history decides).
    private static string Canonical(ProgressState s) => string.Join("\n",
        new[] { $"{s.UserId} {s.RegisteredAt:O} {s.LastActiveAt:O}" }
            .Concat(s.Zones.Select(z => $"{z.EffectiveFrom:O} {z.TimeZone}"))
            .Concat(s.Sets.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}"))
            .Concat(s.Days.OrderBy(d => d.Key).Select(d => $"{d.Key} {string.Join(",", d.Value.SetIds.Order(StringComparer.Ordinal))}")));

    [Property(MaxTest = 200, EndSize = 80)]
    public Property Given_any_stream_When_its_summary_is_evaluated_any_time_later_Then_the_figures_equal_the_reference() =>
        Prop.ForAll(ProgressHistories.Histories, Gen.Choose(0, 60 * 24).ToArbitrary(), (h, laterMinutes) =>
        {
            // The summary keeps only the recent days; evaluated up to 60 days later it must still match the rules.
            var summary = ProgressSummary.Of(Fold(h.Events), SeedCatalog);
            var later = h.Now.AddMinutes(laterMinutes * 60);
            var expected = ProgressReference.Report(h.Events, SeedCatalog, later, 1, h.InactiveAfterDays);

            var figures = summary.Evaluate(SeedCatalog, later, h.InactiveAfterDays);

            Assert.Equal(expected with { Days = [] }, ProgressReport.From(expected.UserId, expected.TimeZone, [], figures));
            Assert.InRange(summary.RecentDays.Count, 0, ProgressSummary.RecentDaysKept + 1);
        });

    [Property(MaxTest = 100, EndSize = 80)]
    public Property Given_any_stream_When_reported_Then_the_figures_stay_in_their_ranges() =>
        Prop.ForAll(ProgressHistories.Histories, h =>
        {
            var report = ReportOf(Fold(h.Events), h);

            Assert.All(new[] { report.Adherence7, report.PreviousAdherence7 ?? 0m, report.Adherence30 }, a => Assert.InRange(a, 0m, 100m));
            Assert.All(report.Days.SelectMany(d => d.Slots), s => Assert.InRange(s.CountedCredit, 0m, s.PrescribedSets));
            Assert.InRange(report.CurrentStreak, 0, report.LongestStreak);
            Assert.Equal(h.Days, report.Days.Count);
        });
}
