using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 4, adherence windows, and rule 6, the dropping flag.</summary>
public class AdherenceTests
{
    private const string Zone = "UTC";
    private static readonly DateOnly Today = new(2026, 3, 31);
    private const string Now = "2026-03-31T20:00:00Z";

    private static UserEvent[] History(IEnumerable<UserEvent> sets) =>
        sets.Prepend(Registered(Zone, "2026-01-01T00:00:00Z")).ToArray();

    [Theory]
    // full days (24 of 24 sets) as offsets from today -> adherence7, previousAdherence7, adherence30
    [InlineData(new int[0], 0.0, 0.0, 0.0)]
    [InlineData(new[] { 0 }, 14.3, 0.0, 3.3)] // today counts
    [InlineData(new[] { 6 }, 14.3, 0.0, 3.3)]
    [InlineData(new[] { 7 }, 0.0, 14.3, 3.3)]
    [InlineData(new[] { 13 }, 0.0, 14.3, 3.3)]
    [InlineData(new[] { 14 }, 0.0, 0.0, 3.3)]
    [InlineData(new[] { 29 }, 0.0, 0.0, 3.3)]
    [InlineData(new[] { 30 }, 0.0, 0.0, 0.0)] // 31 days ago: outside every window
    [InlineData(new[] { 0, 1, 2, 3, 4, 5, 6 }, 100.0, 0.0, 23.3)]
    [InlineData(new[] { 0, 2, 4, 6, 8, 10, 12 }, 57.1, 42.9, 23.3)]
    public void Given_full_days_When_reported_Then_each_window_is_credit_over_prescribed_sets(
        int[] daysAgo, double adherence7, double previous7, double adherence30)
    {
        var sets = daysAgo.SelectMany(d => FullDay(Zone, Today.AddDays(-d), $"d{d}"));

        var report = Report(Fold(History(sets)), Now);

        Assert.Equal(((decimal)adherence7, (decimal?)previous7, (decimal)adherence30),
            (report.Adherence7, report.PreviousAdherence7, report.Adherence30));
    }

    [Theory]
    // credit over the last 7 days -> adherence7, adherence30 (one decimal, half away from zero, computed exactly)
    [InlineData(12.0, 7.1, 1.7)] // 12/168 = 7.14; 12/720 = 1.67
    [InlineData(2.1, 1.3, 0.3)] // 2.1/168 = 1.25 exactly: rounds up, not to even
    [InlineData(0.1, 0.1, 0.0)] // 0.06 and 0.014
    [InlineData(168.0, 100.0, 23.3)]
    public void Given_partial_credit_When_reported_Then_adherence_is_rounded_to_one_decimal(
        double credit, double adherence7, double adherence30)
    {
        var report = Report(Fold(History(CreditGoingBack(Zone, Today, (decimal)credit, "c"))), Now);

        Assert.Equal((decimal)adherence7, report.Adherence7);
        Assert.Equal((decimal)adherence30, report.Adherence30);
    }

    [Theory]
    // credit in the 7 days before the last 7, credit in the last 7 -> previous7, adherence7, dropping
    [InlineData(33.6, 0.0, 20.0, 0.0, true)] // exactly 20 points
    [InlineData(33.5, 0.0, 19.9, 0.0, false)] // 19.94: just below
    [InlineData(168.0, 134.4, 100.0, 80.0, true)]
    [InlineData(168.0, 134.5, 100.0, 80.1, false)] // 80.06 shows as 80.1: 19.9 below
    [InlineData(100.0, 66.4, 59.5, 39.5, true)] // 59.52 and 39.52 show as 59.5 and 39.5
    [InlineData(0.0, 0.0, 0.0, 0.0, false)]
    [InlineData(0.0, 168.0, 0.0, 100.0, false)] // rising is not dropping
    public void Given_two_weeks_When_the_last_falls_20_points_below_the_one_before_Then_dropping(
        double previousCredit, double currentCredit, double previous7, double adherence7, bool dropping)
    {
        var sets = CreditGoingBack(Zone, Today.AddDays(-7), (decimal)previousCredit, "p")
            .Concat(CreditGoingBack(Zone, Today, (decimal)currentCredit, "c"));

        var report = Report(Fold(History(sets)), Now);

        Assert.Equal(((decimal?)previous7, (decimal)adherence7), (report.PreviousAdherence7, report.Adherence7));
        Assert.Equal(dropping, report.Flags.Dropping);
    }

    [Fact]
    public void Given_over_prescribed_days_When_reported_Then_adherence_never_passes_100()
    {
        var doubled = Enumerable.Range(0, 30).SelectMany(d =>
            FullDay(Zone, Today.AddDays(-d), $"a{d}").Concat(FullDay(Zone, Today.AddDays(-d), $"b{d}", new TimeOnly(13, 0))));

        var report = Report(Fold(History(doubled)), Now);

        Assert.Equal((100m, (decimal?)100m, 100m), (report.Adherence7, report.PreviousAdherence7, report.Adherence30));
        Assert.All(report.Days, d => Assert.Equal((48, 24m), (d.SetsDone, d.CountedCredit)));
    }

    [Fact]
    public void Given_fewer_days_listed_than_30_When_reported_Then_the_windows_still_cover_7_and_30_days()
    {
        var sets = FullDay(Zone, Today.AddDays(-20), "old");

        var report = Report(Fold(History(sets)), Now, days: 1);

        Assert.Single(report.Days);
        Assert.Equal(3.3m, report.Adherence30);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(367)]
    public void Given_a_number_of_days_outside_1_to_366_When_reported_Then_it_is_refused(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Report(Fold(History([])), Now, days: days));
    }

    [Fact]
    public void Given_366_days_When_reported_Then_a_year_of_days_is_listed_most_recent_first()
    {
        var report = Report(Fold(History([])), Now, days: 366);

        Assert.Equal(366, report.Days.Count);
        Assert.Equal(Today, report.Days[0].Date);
        Assert.Equal(Today.AddDays(-365), report.Days[^1].Date);
    }
}
