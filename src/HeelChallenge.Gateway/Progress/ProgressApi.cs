using System.Security.Claims;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Progress;

/// <summary>GET /api/me/progress: the caller's own progress.</summary>
public static class ProgressApi
{
    public static RouteGroupBuilder MapProgressApi(this RouteGroupBuilder me)
    {
        me.MapGet("/progress", GetMyProgress).WithName("GetMyProgress").WithTags("Progress")
            .WithSummary("Your progress: adherence over 7 and 30 days, streaks, last active, flags, and each of the last ?days= days (1..366, default 30).");
        return me;
    }

    public static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> GetMyProgress(
        int? days, ClaimsPrincipal user, IGrainFactory grains, ExerciseCatalog catalog, TimeProvider time)
    {
        if (!ProgressReports.TryParseDays(days, out var parsed, out var invalid)) return invalid!;
        var report = await ProgressReports.ReportAsync(grains, catalog, time, user.UserId(), parsed, ProgressReporter.DefaultInactiveAfterDays);
        return report is null ? ApiProblems.NotFound("user", "This user has no profile.") : TypedResults.Ok(ProgressResponse.From(report));
    }
}
