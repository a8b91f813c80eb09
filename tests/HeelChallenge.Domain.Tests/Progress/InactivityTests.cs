using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 6, inactive: no set for N or more whole calendar days, counted in the user's current zone.</summary>
public class InactivityTests
{
    [Theory]
    // last set on Mar 10 (UTC); days later -> N -> inactive
    [InlineData(0, 3, false)]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(4, 3, true)]
    [InlineData(3, 7, false)]
    [InlineData(6, 7, false)]
    [InlineData(7, 7, true)]
    [InlineData(30, 7, true)]
    public void Given_a_last_set_days_ago_When_reported_with_N_Then_inactive_from_N_days_on(
        int daysLater, int inactiveAfterDays, bool inactive)
    {
        var state = Fold(Registered("UTC", "2026-03-01T00:00:00Z"), Log("s", "leg-press", 10, "2026-03-10T23:59:00Z"));

        var report = Report(state, At("2026-03-10T23:59:30Z").AddDays(daysLater).ToString("O", null), inactiveAfterDays: inactiveAfterDays);

        Assert.Equal(daysLater, report.DaysSinceActive);
        Assert.Equal(inactive, report.Flags.Inactive);
        Assert.Equal(inactiveAfterDays, report.InactiveAfterDays);
    }

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 3, true)]
    [InlineData(6, 7, false)]
    [InlineData(7, 7, true)]
    public void Given_a_user_who_never_logged_When_N_days_pass_since_registration_Then_inactive(
        int daysLater, int inactiveAfterDays, bool inactive)
    {
        var state = Fold(Registered("Pacific/Auckland", "2026-03-10T11:30:00Z")); // 00:30 on Mar 11 in Auckland

        var report = Report(state, At("2026-03-10T11:30:00Z").AddDays(daysLater).ToString("O", null), inactiveAfterDays: inactiveAfterDays);

        Assert.Null(report.LastActiveAt);
        Assert.Equal(daysLater, report.DaysSinceActive);
        Assert.Equal(inactive, report.Flags.Inactive);
    }

    [Fact]
    public void Given_a_last_set_late_in_the_evening_When_counted_Then_days_are_calendar_days_of_the_user_zone()
    {
        // 23:30 on Jan 10 in New York is Jan 11 in UTC; at noon on Jan 13 in New York that is 3 days, not 2.
        var state = Fold(Registered("America/New_York", "2026-01-01T00:00:00Z"), Log("s", "leg-press", 10, "2026-01-11T04:30:00Z"));

        var report = Report(state, "2026-01-13T17:00:00Z", inactiveAfterDays: 3);

        Assert.Equal(3, report.DaysSinceActive);
        Assert.True(report.Flags.Inactive);
    }

    [Fact]
    public void Given_a_user_who_moved_When_counted_Then_the_last_set_is_dated_in_the_current_zone()
    {
        // Last set 22:00 on Mar 10 in Paris (21:00Z) = Mar 11 10:00 in Auckland; the user now lives in Auckland.
        var state = Fold(
            Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
            Log("s", "leg-press", 10, "2026-03-10T21:00:00Z"),
            MovedTo("Pacific/Auckland", "2026-03-11T00:00:00Z"));

        var report = Report(state, "2026-03-13T00:00:00Z"); // 13:00 on Mar 13 in Auckland

        Assert.Equal(Date("2026-03-10"), Assert.Single(state.Days.Keys));
        Assert.Equal(2, report.DaysSinceActive);
        Assert.False(report.Flags.Inactive);
    }

    [Fact]
    public void Given_an_empty_state_When_reported_Then_there_is_no_reference_day_and_no_flag()
    {
        var report = Report(new HeelChallenge.Domain.Progress.ProgressState(), "2026-03-13T00:00:00Z");

        Assert.Null(report.DaysSinceActive);
        Assert.False(report.Flags.Inactive);
        Assert.Equal("UTC", report.TimeZone);
    }
}
