using System.Security.Claims;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>
/// Lists served by the "leaderboards" projection (so they trail writes by the projection's lag, typically milliseconds):
/// the public directory, newest first, and the caller's own challenges, most recently joined or created first.
/// </summary>
public static class ChallengeListsApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapChallengeListsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/challenges", ListPublicChallenges).WithName("ListPublicChallenges").WithTags("Challenges")
            .WithSummary("Public challenges, newest first (?visibility=public, ?cursor=, ?limit=1..100, default 50).")
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.PerUser);
        app.MapGet("/api/me/challenges", ListMyChallenges).WithName("ListMyChallenges").WithTags("Me")
            .WithSummary("The challenges you own or take part in, most recently joined or created first (?cursor=, ?limit=).")
            .RequireAuthorization().RequireRateLimiting(RateLimitPolicies.PerUser);
        return app;
    }

    public static async Task<Results<Ok<ChallengeSummaryPageResponse>, ProblemHttpResult>> ListPublicChallenges(
        IGrainFactory grains, TimeProvider time, string? visibility, string? cursor, int? limit)
    {
        var errors = new FieldErrors();
        if (visibility is not null && visibility != ChallengeVisibility.Public)
            errors.Add("visibility", "Only public challenges are listed: visibility=public (or leave it out).");
        if (Limit(limit, errors) is not { } size) return ApiProblems.Validation(errors);

        var page = await grains.GetGrain<IChallengeDirectoryGrain>(IChallengeDirectoryGrain.Key).ListPublic(cursor, size);
        if (page.Error is { } error) return ApiProblems.Validation("cursor", error);
        var now = time.GetUtcNow();
        return TypedResults.Ok(new ChallengeSummaryPageResponse([.. page.Items.Select(s => ChallengeSummaryResponse.From(s, now))], page.NextCursor));
    }

    public static async Task<Results<Ok<ChallengeSummaryPageResponse>, ProblemHttpResult>> ListMyChallenges(
        ClaimsPrincipal user, IGrainFactory grains, TimeProvider time, string? cursor, int? limit)
    {
        var errors = new FieldErrors();
        if (Limit(limit, errors) is not { } size) return ApiProblems.Validation(errors);

        var page = await grains.Reference<IUserChallengesGrain>(user.UserId()).List(cursor, size);
        if (page.Error is { } error) return ApiProblems.Validation("cursor", error);
        var summaries = (await grains.GetGrain<IChallengeDirectoryGrain>(IChallengeDirectoryGrain.Key).GetMany([.. page.Items.Select(i => i.ChallengeId)]))
            .ToDictionary(s => s.ChallengeId);
        var now = time.GetUtcNow();
        var items = page.Items
            .Where(i => summaries.ContainsKey(i.ChallengeId))
            .Select(i => ChallengeSummaryResponse.From(summaries[i.ChallengeId], now) with { IsOwner = i.IsOwner, IsParticipant = i.IsParticipant })
            .ToList();
        return TypedResults.Ok(new ChallengeSummaryPageResponse(items, page.NextCursor));
    }

    private static int? Limit(int? limit, FieldErrors errors)
    {
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"limit must be 1..{MaxLimit} (default {DefaultLimit}).");
        return errors.Any ? null : limit ?? DefaultLimit;
    }
}
