using HeelChallenge.Domain.Progress;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 5: consecutive days with at least one live set, today forgiven until it is over.</summary>
public class StreakTests
{
    [Theory]
    // active days as offsets from today (0 = today, 1 = yesterday, ...) -> current, longest
    [InlineData(new int[0], 0, 0)]
    [InlineData(new[] { 0 }, 1, 1)]
    [InlineData(new[] { 1 }, 1, 1)] // today has no set yet: the streak still stands
    [InlineData(new[] { 2 }, 0, 1)] // yesterday had none: broken
    [InlineData(new[] { 0, 1, 2 }, 3, 3)]
    [InlineData(new[] { 1, 2, 3 }, 3, 3)]
    [InlineData(new[] { 0, 2, 3 }, 1, 2)]
    [InlineData(new[] { 2, 3, 4, 5 }, 0, 4)]
    [InlineData(new[] { 0, 1, 5, 6, 7, 8, 9 }, 2, 5)]
    [InlineData(new[] { 0, 0, 1 }, 2, 2)] // a day given twice is one day
    [InlineData(new[] { -1, 0, 1 }, 3, 3)] // a day after today (filed in a more eastern zone) extends the run
    public void Given_active_days_When_streaks_are_computed_Then_current_and_longest_follow_the_rule(
        int[] daysAgo, int current, int longest)
    {
        var today = new DateOnly(2026, 3, 10);

        var streaks = Streaks.Of(daysAgo.Select(d => today.AddDays(-d)), today);

        Assert.Equal((current, longest), streaks);
    }

    [Theory]
    // Sets at 09:00 local on Mar 7, 8 and 9; asked at these local times on Mar 10 / Mar 11.
    [InlineData("2026-03-10T08:00:00", 3)] // Mar 10 not over yet
    [InlineData("2026-03-10T23:59:00", 3)]
    [InlineData("2026-03-11T00:01:00", 0)] // Mar 10 ended without a set
    public void Given_a_streak_up_to_yesterday_When_today_has_no_set_yet_Then_it_lasts_until_today_is_over(
        string localNow, int current)
    {
        const string zone = "America/New_York";
        var events = new List<HeelChallenge.Domain.Users.UserEvent> { Registered(zone, "2026-03-01T00:00:00Z") };
        for (var d = 7; d <= 9; d++)
            events.Add(Log(Set($"s{d}", "leg-press", 10, Local(zone, new DateOnly(2026, 3, d), new TimeOnly(9, 0)))));
        var now = DateTime.Parse(localNow, null);

        var report = ProgressReporter.Report(Fold(events), SeedCatalog,
            Local(zone, DateOnly.FromDateTime(now), TimeOnly.FromDateTime(now)), 30, 3);

        Assert.Equal(current, report.CurrentStreak);
        Assert.Equal(3, report.LongestStreak);
    }

    [Fact]
    public void Given_a_gap_filled_by_a_voided_set_When_reported_Then_the_voided_day_does_not_join_the_runs()
    {
        var state = Fold(
            Registered("UTC"),
            Log("a", "leg-press", 10, "2026-03-07T08:00:00Z"),
            Log("b", "leg-press", 1, "2026-03-08T08:00:00Z"),
            Log("c", "leg-press", 10, "2026-03-09T08:00:00Z"),
            Void("b", "2026-03-09T09:00:00Z"));

        var report = Report(state, "2026-03-09T20:00:00Z");

        Assert.Equal((1, 1), (report.CurrentStreak, report.LongestStreak));
    }

    [Fact]
    public void Given_one_partial_set_a_day_When_reported_Then_any_set_makes_the_day_count_for_the_streak()
    {
        var state = Fold(
            Registered("UTC"),
            Log("a", "ankle-alphabet", 1, "2026-03-08T08:00:00Z", "left"),
            Log("b", "arch-rolls", 5, "2026-03-09T08:00:00Z", "right"));

        var report = Report(state, "2026-03-09T20:00:00Z");

        Assert.Equal(2, report.CurrentStreak);
    }
}
