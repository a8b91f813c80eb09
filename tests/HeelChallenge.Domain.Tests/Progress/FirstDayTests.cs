using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 4's clamp: a window starts no earlier than the user's first day (registration, or an earlier back-dated set).</summary>
public class FirstDayTests
{
    private const string Zone = "Europe/Paris";
    private static readonly DateOnly Today = new(2026, 3, 31);
    private const string Now = "2026-03-31T18:00:00Z";

    private static UserEvent[] RegisteredDaysAgo(int daysAgo, IEnumerable<UserEvent> sets) =>
        sets.Prepend(Registered(Zone, Local(Zone, Today.AddDays(-daysAgo), new TimeOnly(9, 0)))).ToArray();

    private static IEnumerable<UserEvent> FullDaysGoingBack(int count) =>
        Enumerable.Range(0, count).SelectMany(d => FullDay(Zone, Today.AddDays(-d), $"d{d}"));

    [Fact]
    public void Given_a_user_registered_3_days_ago_with_every_day_full_When_reported_Then_100_percent_and_no_previous_week()
    {
        var report = Report(Fold(RegisteredDaysAgo(2, FullDaysGoingBack(3))), Now);

        Assert.Equal(Today.AddDays(-2), report.StartedOn);
        Assert.Equal((100m, 100m), (report.Adherence7, report.Adherence30));
        Assert.Null(report.PreviousAdherence7);
        Assert.False(report.Flags.Dropping);
    }

    [Fact]
    public void Given_a_user_registered_today_with_half_a_day_done_When_reported_Then_every_window_is_today_alone()
    {
        var report = Report(Fold(RegisteredDaysAgo(0, CreditOnDay(Zone, Today, 12m, "half"))), Now);

        Assert.Equal((50m, 50m, (decimal?)null), (report.Adherence7, report.Adherence30, report.PreviousAdherence7));
        Assert.Equal(Today, report.StartedOn);
    }

    [Fact]
    public void Given_a_user_registered_10_days_ago_When_reported_Then_the_previous_week_counts_its_4_days_only()
    {
        // Full days on the registration day and the 3 days after it (today−10..today−7); nothing since.
        var sets = Enumerable.Range(7, 4).SelectMany(d => FullDay(Zone, Today.AddDays(-d), $"d{d}"));

        var report = Report(Fold(RegisteredDaysAgo(10, sets)), Now);

        Assert.Equal(100m, report.PreviousAdherence7); // 4 of 4 days, not 4 of 7
        Assert.Equal(0m, report.Adherence7);
        Assert.Equal(36.4m, report.Adherence30); // 4 of 11 days
        Assert.True(report.Flags.Dropping);
    }

    [Fact]
    public void Given_sets_back_dated_before_registration_When_reported_Then_the_first_day_is_the_first_set()
    {
        var sets = FullDay(Zone, Today.AddDays(-5), "back");

        var report = Report(Fold(RegisteredDaysAgo(1, sets)), Now);

        Assert.Equal(Today.AddDays(-5), report.StartedOn);
        Assert.Equal(16.7m, report.Adherence7); // 1 full day of 6
        Assert.Equal(16.7m, report.Adherence30);
    }

    [Fact]
    public void Given_a_user_registered_long_ago_When_reported_Then_the_windows_are_the_full_7_and_30_days()
    {
        var report = Report(Fold(RegisteredDaysAgo(90, FullDaysGoingBack(1))), Now);

        Assert.Equal((14.3m, 3.3m, (decimal?)0m), (report.Adherence7, report.Adherence30, report.PreviousAdherence7));
    }
}
