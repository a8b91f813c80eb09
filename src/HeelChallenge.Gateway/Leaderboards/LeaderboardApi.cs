using System.Security.Claims;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Challenges;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.Mvc;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>
/// A challenge's leaderboard, read and streamed. Whoever may see the challenge (its owner and participants; anyone
/// signed in for a public one) may see its board; anyone else gets the same 404 as for a missing challenge.
/// </summary>
public static class LeaderboardApi
{
    public static IEndpointRouteBuilder MapLeaderboardApi(this IEndpointRouteBuilder app)
    {
        var board = app.MapGroup("/api/challenges/{challengeId:guid}/leaderboard")
            .WithTags("Leaderboards")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PerUser);
        board.MapGet("", GetLeaderboard).WithName("GetLeaderboard")
            .WithSummary("Top N (?top=1..100, default 10) and, with ?around=me, your row with 5 above and 5 below; carries the board's version.")
            .Produces<LeaderboardResponse>();
        board.MapGet("/stream", StreamLeaderboard).WithName("StreamLeaderboard")
            .WithSummary("Server-Sent Events: 'leaderboard' events (id = version, data = the board as GET answers it) on every change; " +
                         "honours Last-Event-ID; a comment line every 15 s keeps the connection open.")
            .Produces(StatusCodes.Status200OK, contentType: LeaderboardStream.ContentType);
        return app;
    }

    public static async Task<Results<JsonHttpResult<LeaderboardResponse>, ProblemHttpResult>> GetLeaderboard(
        Guid challengeId, ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, int? top, string? around)
    {
        var userId = user.UserId();
        var errors = new FieldErrors();
        var query = LeaderboardQueryParser.Parse(top, around, userId, errors);
        if (query is null) return ApiProblems.Validation(errors);

        // One call when the board already knows the caller may see it; otherwise the challenge grain decides.
        var board = grains.Reference<ILeaderboardGrain>(challengeId);
        var view = await board.GetBoardFor(query, userId);
        if (view is null)
        {
            if (!await grains.Reference<IChallengeGrain>(challengeId).CanView(userId)) return ChallengesApi.NotFound();
            view = await board.GetBoard(query);
        }

        return TypedResults.Json(LeaderboardResponse.From(view, time.GetUtcNow()), LeaderboardJsonContext.Default.LeaderboardResponse);
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> StreamLeaderboard(
        Guid challengeId, HttpContext http, IGrainFactory grains, LeaderboardStream stream, int? top, string? around,
        [FromHeader(Name = "Last-Event-ID")] string? lastEventId)
    {
        var userId = http.User.UserId();
        var errors = new FieldErrors();
        var query = LeaderboardQueryParser.Parse(top, around, userId, errors);
        if (query is null) return ApiProblems.Validation(errors);
        if (!await grains.Reference<IChallengeGrain>(challengeId).CanView(userId)) return ChallengesApi.NotFound();

        var after = long.TryParse(lastEventId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seen) ? seen : -1;
        await stream.RunAsync(http, challengeId, userId, query, after, http.RequestAborted);
        return TypedResults.Empty;
    }
}
