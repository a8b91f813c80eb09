using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 2: a set's day is the calendar date of performedAt in the user's zone, DST days included.</summary>
public class DayBoundaryTests
{
    [Theory]
    // New York in winter is UTC-5: 23:30 local on Jan 14 and 00:30 local on Jan 15 are both Jan 15 in UTC.
    [InlineData("America/New_York", "2026-01-15T04:30:00Z", "2026-01-14")]
    [InlineData("America/New_York", "2026-01-15T05:30:00Z", "2026-01-15")]
    // Auckland in January is UTC+13: 23:30 local on Jan 14 and 00:30 local on Jan 15 are both Jan 14 in UTC.
    [InlineData("Pacific/Auckland", "2026-01-14T10:30:00Z", "2026-01-14")]
    [InlineData("Pacific/Auckland", "2026-01-14T11:30:00Z", "2026-01-15")]
    // Paris springs forward on Sunday 2026-03-29 (a 23-hour day): 00:30 CET and 23:30 CEST are both on the 29th.
    [InlineData("Europe/Paris", "2026-03-28T22:30:00Z", "2026-03-28")] // 23:30 CET on the 28th
    [InlineData("Europe/Paris", "2026-03-28T23:30:00Z", "2026-03-29")] // 00:30 CET
    [InlineData("Europe/Paris", "2026-03-29T01:30:00Z", "2026-03-29")] // 03:30 CEST, just after the gap
    [InlineData("Europe/Paris", "2026-03-29T21:30:00Z", "2026-03-29")] // 23:30 CEST
    [InlineData("Europe/Paris", "2026-03-29T22:30:00Z", "2026-03-30")] // 00:30 CEST on the 30th
    // Paris falls back on Sunday 2026-10-25 (a 25-hour day): 02:30 happens twice, both on the 25th.
    [InlineData("Europe/Paris", "2026-10-24T21:30:00Z", "2026-10-24")] // 23:30 CEST on the 24th
    [InlineData("Europe/Paris", "2026-10-24T22:30:00Z", "2026-10-25")] // 00:30 CEST
    [InlineData("Europe/Paris", "2026-10-25T00:30:00Z", "2026-10-25")] // 02:30 CEST, first time
    [InlineData("Europe/Paris", "2026-10-25T01:30:00Z", "2026-10-25")] // 02:30 CET, second time
    [InlineData("Europe/Paris", "2026-10-25T22:30:00Z", "2026-10-25")] // 23:30 CET
    [InlineData("Europe/Paris", "2026-10-25T23:30:00Z", "2026-10-26")] // 00:30 CET on the 26th
    // The offset a client sent does not matter, only the instant.
    [InlineData("America/New_York", "2026-01-15T00:30:00+01:00", "2026-01-14")]
    public void Given_a_user_time_zone_When_a_set_is_logged_Then_it_counts_on_the_local_calendar_date(
        string zone, string performedAt, string expectedDay)
    {
        var state = Fold(Registered(zone), Log("s", "leg-press", 10, performedAt));

        var report = Report(state, "2026-11-15T12:00:00Z", days: 366);

        Assert.Equal(Date(expectedDay), state.DayOf(At(performedAt)));
        var day = Assert.Single(report.Days, d => d.SetsDone > 0);
        Assert.Equal(Date(expectedDay), day.Date);
        Assert.Equal(1m, Slot(report, expectedDay, "leg-press").CountedCredit);
    }

    [Theory]
    [InlineData("America/New_York", "2026-01-15T04:30:00Z", "2026-01-15T05:30:00Z", 2)] // 23:30 and 00:30 local
    [InlineData("America/New_York", "2026-01-15T05:30:00Z", "2026-01-15T06:30:00Z", 1)] // 00:30 and 01:30 local
    [InlineData("Pacific/Auckland", "2026-01-14T10:30:00Z", "2026-01-14T11:30:00Z", 2)]
    [InlineData("Pacific/Auckland", "2026-01-14T11:30:00Z", "2026-01-14T12:30:00Z", 1)]
    [InlineData("Europe/Paris", "2026-03-28T23:30:00Z", "2026-03-29T21:30:00Z", 1)] // both ends of the 23-hour day
    [InlineData("Europe/Paris", "2026-10-24T22:30:00Z", "2026-10-25T22:30:00Z", 1)] // both ends of the 25-hour day
    [InlineData("Europe/Paris", "2026-10-24T21:30:00Z", "2026-10-24T22:30:00Z", 2)]
    public void Given_two_sets_an_hour_or_a_day_apart_When_reported_Then_they_make_one_or_two_active_days(
        string zone, string first, string second, int activeDays)
    {
        var state = Fold(Registered(zone), Log("a", "leg-press", 10, first), Log("b", "leg-press", 10, second));

        var report = Report(state, "2026-11-15T12:00:00Z", days: 366);

        Assert.Equal(activeDays, report.Days.Count(d => d.SetsDone > 0));
        Assert.Equal(activeDays, report.LongestStreak);
        Assert.Equal(2, report.Days.Sum(d => d.SetsDone));
    }

    [Theory]
    [InlineData("America/New_York", "2026-01-15T04:30:00Z", "2026-01-14")] // 23:30 on the 14th in New York
    [InlineData("Pacific/Auckland", "2026-01-14T11:30:00Z", "2026-01-15")] // 00:30 on the 15th in Auckland
    [InlineData("Europe/Paris", "2026-03-29T21:30:00Z", "2026-03-29")]
    public void Given_now_When_reported_Then_today_is_the_date_in_the_user_zone_and_listed_first(
        string zone, string now, string today)
    {
        var state = Fold(Registered(zone, "2025-12-01T00:00:00Z"), Log("s", "leg-press", 10, now));

        var report = Report(state, now, days: 3);

        Assert.Equal(Date(today), report.Today);
        Assert.Equal([Date(today), Date(today).AddDays(-1), Date(today).AddDays(-2)], report.Days.Select(d => d.Date));
        Assert.Equal(1, report.Days[0].SetsDone);
        Assert.Equal(1, report.CurrentStreak);
    }
}
