using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 2's history: each set keeps the zone in effect when it was performed.</summary>
public class TimeZoneChangeTests
{
    // Ten mornings in Paris (07:30 local, which is the evening before in Los Angeles), Mar 1..10 2026.
    private static IEnumerable<UserEvent> ParisMornings() =>
        Enumerable.Range(1, 10).Select(d =>
            Log(Set($"paris-{d}", "leg-press", 10, Local("Europe/Paris", new DateOnly(2026, 3, d), new TimeOnly(7, 30)))));

    [Fact]
    public void Given_a_streak_in_Paris_When_the_user_moves_to_Los_Angeles_Then_earlier_days_and_the_streak_stay()
    {
        var history = new List<UserEvent> { Registered("Europe/Paris", "2026-02-20T00:00:00Z") };
        history.AddRange(ParisMornings());
        var before = Report(Fold(history), "2026-03-10T10:00:00Z");

        // Lands in Los Angeles; 20:00 on Mar 10 there is 04:00 on Mar 11 in Paris.
        history.Add(MovedTo("America/Los_Angeles", "2026-03-10T11:00:00Z"));
        history.Add(Log("la-1", "leg-press", 10, "2026-03-11T03:00:00Z"));
        var after = Report(Fold(history), "2026-03-11T05:00:00Z"); // 22:00 on Mar 10 in Los Angeles

        Assert.Equal(Date("2026-03-10"), before.Today);
        Assert.Equal(10, before.CurrentStreak);
        Assert.Equal("America/Los_Angeles", after.TimeZone);
        Assert.Equal(Date("2026-03-10"), after.Today);
        // Read in Los Angeles time every Paris morning would move to the day before: an 11-day streak from Feb 28.
        Assert.Equal(10, after.CurrentStreak);
        Assert.Equal(10, after.LongestStreak);
        Assert.Equal(0, Day(after, "2026-02-28").SetsDone);
        for (var d = 1; d <= 9; d++)
        {
            var date = $"2026-03-{d:00}";
            Assert.Equal(Day(before, date), Day(after, date));
            Assert.Equal(1, Day(after, date).SetsDone);
        }

        Assert.Equal(2, Day(after, "2026-03-10").SetsDone);
    }

    [Fact]
    public void Given_a_user_moving_west_When_the_next_day_passes_Then_the_streak_is_neither_broken_nor_inflated()
    {
        // Auckland (UTC+13) 08:00 on Mar 2..4 is 11:00/12:00 on Mar 1..3 in Los Angeles.
        var history = new List<UserEvent> { Registered("Pacific/Auckland", "2026-02-20T00:00:00Z") };
        history.AddRange(Enumerable.Range(2, 3).Select(d =>
            Log(Set($"akl-{d}", "leg-press", 10, Local("Pacific/Auckland", new DateOnly(2026, 3, d), new TimeOnly(8, 0))))));
        history.Add(MovedTo("America/Los_Angeles", "2026-03-03T20:00:00Z")); // 12:00 on Mar 3 in LA, Mar 4 in Auckland

        // Today in LA is Mar 3, but the latest day (Mar 4, filed in Auckland) is already active: still 3.
        var sameDay = Report(Fold(history), "2026-03-03T21:00:00Z");
        // LA Mar 4 with nothing logged: the run ends on Mar 4, which is today: still 3, not 4.
        var nextDay = Report(Fold(history), "2026-03-04T21:00:00Z");
        history.Add(Log(Set("la-5", "leg-press", 10, Local("America/Los_Angeles", new DateOnly(2026, 3, 5), new TimeOnly(9, 0)))));
        var dayAfter = Report(Fold(history), "2026-03-05T21:00:00Z");

        Assert.Equal(Date("2026-03-03"), sameDay.Today);
        Assert.Equal(3, sameDay.CurrentStreak);
        Assert.Equal(3, nextDay.CurrentStreak);
        Assert.Equal(4, dayAfter.CurrentStreak);
        Assert.Equal(4, dayAfter.LongestStreak);
    }

    [Fact]
    public void Given_a_set_performed_just_after_a_zone_change_but_logged_before_When_the_change_arrives_Then_it_moves_to_the_new_zone_day()
    {
        // 23:04Z on Mar 10 is 00:04 on Mar 11 in Paris but 16:04 on Mar 10 in Los Angeles. The client logs it at
        // 23:00Z (4 minutes ahead, which the decider allows); the zone changes at 23:02Z, before the set was performed.
        var set = Set("ahead", "leg-press", 10, "2026-03-10T23:04:00Z");
        var history = new List<UserEvent>
        {
            Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
            new SetLogged(set, At("2026-03-10T23:00:00Z")),
        };
        var inParis = Fold(history);
        history.Add(MovedTo("America/Los_Angeles", "2026-03-10T23:02:00Z"));
        var inLosAngeles = Fold(history);

        Assert.Equal(Date("2026-03-11"), Assert.Single(inParis.Days.Keys));
        Assert.Equal(Date("2026-03-10"), Assert.Single(inLosAngeles.Days.Keys));
        Assert.Equal(1, Day(Report(inLosAngeles, "2026-03-11T01:00:00Z"), "2026-03-10").SetsDone);
    }

    [Fact]
    public void Given_a_set_back_dated_before_a_zone_change_When_logged_after_it_Then_it_uses_the_zone_of_its_instant()
    {
        // 07:30 Paris on Mar 5 (06:30Z) is Mar 4 in Los Angeles; it is logged after the move.
        var state = Fold(
            Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
            MovedTo("America/Los_Angeles", "2026-03-08T12:00:00Z"),
            new SetLogged(Set("late", "leg-press", 10, "2026-03-05T06:30:00Z"), At("2026-03-09T12:00:00Z")));

        Assert.Equal("Europe/Paris", state.TimeZoneAt(At("2026-03-05T06:30:00Z")));
        Assert.Equal(Date("2026-03-05"), Assert.Single(state.Days.Keys));
    }

    [Fact]
    public void Given_a_display_name_change_or_the_same_zone_again_When_applied_Then_the_zone_history_does_not_grow()
    {
        var state = Fold(
            Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
            new UserProfileChanged("Renamed", "Europe/Paris", At("2026-03-02T00:00:00Z")),
            MovedTo("Asia/Tokyo", "2026-03-03T00:00:00Z"),
            MovedTo("Asia/Tokyo", "2026-03-04T00:00:00Z"));

        Assert.Equal(["Europe/Paris", "Asia/Tokyo"], state.Zones.Select(z => z.TimeZone));
        Assert.Equal(At("2026-03-03T00:00:00Z"), state.Zones[1].EffectiveFrom);
        Assert.Equal("Asia/Tokyo", state.TimeZone);
    }

    [Fact]
    public void Given_a_zone_change_stamped_earlier_than_the_one_before_When_applied_Then_the_stream_order_still_decides()
    {
        // A silo with a slow clock: the second change carries an earlier time. It must not reach back before the first.
        var state = Fold(
            Registered("Europe/Paris", "2026-03-01T00:00:00Z"),
            MovedTo("Asia/Tokyo", "2026-03-05T12:00:00Z"),
            MovedTo("America/New_York", "2026-03-05T11:59:00Z"));

        Assert.Equal("America/New_York", state.TimeZone);
        Assert.Equal("Europe/Paris", state.TimeZoneAt(At("2026-03-05T11:59:30Z")));
        Assert.Equal("America/New_York", state.TimeZoneAt(At("2026-03-05T12:00:00Z")));
        Assert.Equal(At("2026-03-05T12:00:00Z"), state.Zones[^1].EffectiveFrom);
    }
}
