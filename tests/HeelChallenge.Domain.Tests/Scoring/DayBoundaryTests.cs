using static HeelChallenge.Domain.Tests.Scoring.ScoringKit;

namespace HeelChallenge.Domain.Tests.Scoring;

/// <summary>Clause 3: the day is the calendar date of performedAt in the challenge's time zone, DST included.</summary>
public class DayBoundaryTests
{
    [Theory]
    // New York in winter is UTC-5: 23:30 local on Jan 14 and 00:30 local on Jan 15 are both on Jan 15 in UTC.
    [InlineData("America/New_York", "2026-01-15T04:30:00Z", "2026-01-14")]
    [InlineData("America/New_York", "2026-01-15T05:30:00Z", "2026-01-15")]
    // Auckland in January is UTC+13: 23:30 local on Jan 14 and 00:30 local on Jan 15 are both on Jan 14 in UTC.
    [InlineData("Pacific/Auckland", "2026-01-14T10:30:00Z", "2026-01-14")]
    [InlineData("Pacific/Auckland", "2026-01-14T11:30:00Z", "2026-01-15")]
    // New York springs forward on 2026-03-08 (a 23-hour day, UTC-4 by its end): 23:30 EDT is 03:30Z next day.
    [InlineData("America/New_York", "2026-03-09T03:30:00Z", "2026-03-08")]
    [InlineData("America/New_York", "2026-03-09T04:30:00Z", "2026-03-09")]
    // New York falls back on 2026-11-01 (a 25-hour day, UTC-5 by its end): 23:30 EST is 04:30Z next day.
    [InlineData("America/New_York", "2026-11-02T04:30:00Z", "2026-11-01")]
    [InlineData("America/New_York", "2026-11-02T05:30:00Z", "2026-11-02")]
    // Auckland falls back on 2026-04-05 (NZDT+13 -> NZST+12): 23:30 NZST is 11:30Z the same UTC date.
    [InlineData("Pacific/Auckland", "2026-04-05T11:30:00Z", "2026-04-05")]
    [InlineData("Pacific/Auckland", "2026-04-05T12:30:00Z", "2026-04-06")]
    // The offset a client sent does not matter, only the instant.
    [InlineData("America/New_York", "2026-01-15T00:30:00+01:00", "2026-01-14")]
    public void Given_a_challenge_time_zone_When_a_set_is_scored_Then_its_day_is_the_local_calendar_date(
        string timeZone, string performedAt, string expectedDay)
    {
        var rule = Rule(Program(Reps("leg-press", 1, 10)), timeZone);

        var score = Score(rule, RepsSet("s1", "leg-press", 10, performedAt));

        Assert.Equal(DateOnly.Parse(expectedDay, null), score.Days.Single().Date);
        Assert.Equal(DateOnly.Parse(expectedDay, null), rule.DayOf(At(performedAt)));
    }

    [Theory]
    [InlineData("America/New_York", "2026-01-15T04:30:00Z", "2026-01-15T05:30:00Z", 2)] // 23:30 and 00:30 local
    [InlineData("America/New_York", "2026-01-15T05:30:00Z", "2026-01-15T06:30:00Z", 1)] // 00:30 and 01:30 local
    [InlineData("Pacific/Auckland", "2026-01-14T10:30:00Z", "2026-01-14T11:30:00Z", 2)]
    [InlineData("Pacific/Auckland", "2026-01-14T11:30:00Z", "2026-01-14T12:30:00Z", 1)]
    [InlineData("UTC", "2026-01-14T10:30:00Z", "2026-01-14T11:30:00Z", 1)]
    public void Given_two_full_sets_When_they_fall_on_one_or_two_local_days_Then_each_day_scores_on_its_own(
        string timeZone, string first, string second, int days)
    {
        // One set of one exercise: a full set fills the whole day, worth 10 + 20 bonus, once per day.
        var rule = Rule(Program(Reps("leg-press", 1, 10)), timeZone);

        var score = Score(rule, RepsSet("a", "leg-press", 10, first), RepsSet("b", "leg-press", 10, second));

        Assert.Equal(days, score.Days.Count);
        Assert.Equal(30 * days, score.Points);
    }
}
