using HeelChallenge.Abstractions.Progress;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Progress;

/// <summary>
/// A user's report from their progress read model. The read model trails the write side by a moment: a user it has not
/// heard of yet (just registered) gets the report of their profile alone instead of a 404, since that is what it will say.
/// </summary>
public static class ProgressReports
{
    public static bool TryParseDays(int? days, out int parsed, out ProblemHttpResult? problem)
    {
        parsed = days ?? ProgressReporter.DefaultDays;
        problem = parsed is < 1 or > ProgressReporter.MaxDays
            ? ApiProblems.Validation("days", $"days must be 1..{ProgressReporter.MaxDays}.")
            : null;
        return problem is null;
    }

    public static async Task<ProgressReport?> ReportAsync(
        IGrainFactory grains, ExerciseCatalog catalog, TimeProvider time, Guid userId, int days, int inactiveAfterDays)
    {
        if (await grains.Reference<IProgressGrain>(userId).GetReport(days, inactiveAfterDays) is { } report) return report;
        if (await grains.Reference<IUserGrain>(userId).GetProfile() is not { } profile) return null;
        var state = new ProgressState();
        state.Apply(new UserRegistered(profile.UserId, profile.Username, profile.DisplayName, profile.TimeZone, profile.RegisteredAt));
        return ProgressReporter.Report(state, catalog, time.GetUtcNow(), days, inactiveAfterDays);
    }
}
