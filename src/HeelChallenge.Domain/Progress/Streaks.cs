namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Rule 5 over the active days (days with at least one live set). Longest = the longest run of consecutive dates
/// ever. Current = the run ending at the latest active day, when that day is today or yesterday (today is not over
/// yet, so a missing today does not break the streak); otherwise 0. The latest active day can lie after today
/// only when a set was filed in an earlier, more eastern zone; its run still counts, so moving west does not break it.
/// </summary>
public static class Streaks
{
    public static (int Current, int Longest) Of(IEnumerable<DateOnly> activeDays, DateOnly today)
    {
        var (lastRun, longest, _, last) = Runs(activeDays);
        return (last is { } day && day.DayNumber >= today.DayNumber - 1 ? lastRun : 0, longest);
    }

    /// <summary>The run ending at the latest active day, the longest run, the first and the latest active day.</summary>
    public static (int LastRun, int Longest, DateOnly? First, DateOnly? Last) Runs(IEnumerable<DateOnly> activeDays)
    {
        ArgumentNullException.ThrowIfNull(activeDays);
        var days = activeDays.Distinct().Order().ToArray();
        if (days.Length == 0) return (0, 0, null, null);
        var (run, longest) = (1, 1);
        for (var i = 1; i < days.Length; i++)
        {
            run = days[i].DayNumber == days[i - 1].DayNumber + 1 ? run + 1 : 1;
            longest = Math.Max(longest, run);
        }

        return (run, longest, days[0], days[^1]);
    }
}
