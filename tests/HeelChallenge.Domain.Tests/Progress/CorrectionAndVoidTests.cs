using HeelChallenge.Domain.Users;
using static HeelChallenge.Domain.Tests.Progress.ProgressKit;

namespace HeelChallenge.Domain.Tests.Progress;

/// <summary>Rule 3's "done": current values after corrections, voided sets removed, every event idempotent.</summary>
public class CorrectionAndVoidTests
{
    private const string Now = "2026-02-03T20:00:00Z";

    [Fact]
    public void Given_a_set_When_corrected_to_another_day_Then_it_moves_and_the_old_day_is_no_longer_active()
    {
        var set = Set("s", "leg-press", 10, "2026-02-01T08:00:00Z");
        var state = Fold(Registered("UTC"), Log(set), Correct(set with { PerformedAt = At("2026-02-02T08:00:00Z") }, "2026-02-02T09:00:00Z"));

        var report = Report(state, Now);

        Assert.Equal(0, Day(report, "2026-02-01").SetsDone);
        Assert.Equal(1, Day(report, "2026-02-02").SetsDone);
        Assert.Equal([Date("2026-02-02")], state.Days.Keys);
        Assert.Equal(At("2026-02-02T08:00:00Z"), report.LastActiveAt);
    }

    [Fact]
    public void Given_a_set_When_corrected_to_another_exercise_side_and_amount_Then_it_moves_between_slots()
    {
        var set = Set("s", "ankle-alphabet", 26, "2026-02-01T08:00:00Z", "left");
        var state = Fold(Registered("UTC"), Log(set), Correct(set with { Side = "right", Reps = 13 }, "2026-02-01T09:00:00Z"));

        var report = Report(state, Now);

        Assert.Equal(0, Slot(report, "2026-02-01", "ankle-alphabet", "left").SetsDone);
        Assert.Equal((1, 13, 0.5m), (Slot(report, "2026-02-01", "ankle-alphabet", "right").SetsDone,
            Slot(report, "2026-02-01", "ankle-alphabet", "right").AmountDone, Slot(report, "2026-02-01", "ankle-alphabet", "right").CountedCredit));
    }

    [Fact]
    public void Given_the_latest_set_When_voided_Then_it_counts_nowhere_and_last_active_falls_back()
    {
        var state = Fold(
            Registered("UTC"),
            Log("a", "leg-press", 10, "2026-02-01T08:00:00Z"),
            Log("b", "leg-press", 10, "2026-02-02T08:00:00Z"),
            Void("b", "2026-02-02T09:00:00Z"));

        var report = Report(state, Now);

        Assert.Equal(0, Day(report, "2026-02-02").SetsDone);
        Assert.Equal(At("2026-02-01T08:00:00Z"), report.LastActiveAt);
        Assert.Equal(0, report.CurrentStreak); // Feb 1 is two days before today (Feb 3)
        Assert.True(state.Sets["b"].Voided);
    }

    [Fact]
    public void Given_the_latest_set_When_corrected_to_an_earlier_instant_Then_last_active_is_the_new_latest()
    {
        var b = Set("b", "leg-press", 10, "2026-02-02T08:00:00Z");
        var state = Fold(
            Registered("UTC"),
            Log("a", "leg-press", 10, "2026-02-01T12:00:00Z"),
            Log(b),
            Correct(b with { PerformedAt = At("2026-02-01T10:00:00Z") }, "2026-02-02T09:00:00Z"));

        Assert.Equal(At("2026-02-01T12:00:00Z"), state.LastActiveAt);
    }

    [Fact]
    public void Given_every_set_voided_When_reported_Then_nothing_is_active()
    {
        var state = Fold(Registered("UTC", "2026-01-01T00:00:00Z"), Log("a", "leg-press", 10, "2026-02-01T08:00:00Z"), Void("a", "2026-02-01T09:00:00Z"));

        var report = Report(state, Now);

        Assert.Empty(state.Days);
        Assert.Null(report.LastActiveAt);
        Assert.Equal((0, 0), (report.CurrentStreak, report.LongestStreak));
        Assert.Equal(33, report.DaysSinceActive); // since registration on Jan 1
    }

    public static TheoryData<string, UserEvent[]> RepeatedEvents => new()
    {
        { "registered twice", [Registered("Asia/Tokyo", "2026-01-02T00:00:00Z")] },
        { "a log again", [Log("a", "leg-press", 10, "2026-02-01T08:00:00Z")] },
        { "a log again with other values", [Log("a", "leg-press", 3, "2026-02-02T08:00:00Z")] },
        { "the correction again", [Correct(Set("b", "leg-press", 4, "2026-02-02T08:00:00Z"), "2026-02-02T09:00:00Z")] },
        { "the void again", [Void("c", "2026-02-02T10:00:00Z")] },
        { "a log of the voided set", [Log("c", "leg-press", 10, "2026-02-02T07:00:00Z")] },
        { "a correction of the voided set", [Correct(Set("c", "leg-press", 8, "2026-02-03T07:00:00Z"), "2026-02-03T08:00:00Z")] },
        { "a void of an unknown set", [Void("zzz", "2026-02-03T08:00:00Z")] },
        { "a correction of an unknown set", [Correct(Set("zzz", "leg-press", 8, "2026-02-03T07:00:00Z"), "2026-02-03T08:00:00Z")] },
        { "the zone change again", [MovedTo("Europe/Paris", "2026-02-01T00:00:00Z")] },
    };

    [Theory]
    [MemberData(nameof(RepeatedEvents))]
    public void Given_a_history_When_an_event_already_reflected_is_applied_again_Then_the_report_is_unchanged(
        string why, UserEvent[] again)
    {
        var history = new UserEvent[]
        {
            Registered("UTC", "2026-01-01T00:00:00Z"),
            MovedTo("Europe/Paris", "2026-02-01T00:00:00Z"),
            Log("a", "leg-press", 10, "2026-02-01T08:00:00Z"),
            Log("b", "leg-press", 10, "2026-02-01T08:30:00Z"),
            Correct(Set("b", "leg-press", 4, "2026-02-02T08:00:00Z"), "2026-02-02T09:00:00Z"),
            Log("c", "leg-press", 10, "2026-02-02T07:00:00Z"),
            Void("c", "2026-02-02T10:00:00Z"),
        };
        var expected = Report(Fold(history), Now);

        var actual = Report(Fold(history.Concat(again)), Now);

        Assert.True(expected == actual, why);
        Assert.Equal(1, Day(actual, "2026-02-01").SetsDone);
        Assert.Equal(0.4m, Day(actual, "2026-02-02").CountedCredit);
    }
}
