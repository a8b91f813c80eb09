using System.Security.Claims;
using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>/api/coach: the caller as a coach. Any user can coach; what a coach sees of a client needs that client's current consent.</summary>
public static class CoachApi
{
    public static IEndpointRouteBuilder MapCoachApi(this IEndpointRouteBuilder app)
    {
        var coach = app.MapGroup("/api/coach")
            .WithTags("Coach")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PerUser);
        coach.MapPost("/invites", CreateInvite).WithName("CreateCoachInvite")
            .WithSummary("Issue an invite code for one client (single use; expires after Coaching:InviteLifetime, default 7 days).");
        coach.MapGet("/settings", GetSettings).WithName("GetCoachSettings").WithSummary("Your roster settings.");
        coach.MapPut("/settings", ChangeSettings).WithName("ChangeCoachSettings")
            .WithSummary("Set inactiveAfterDays (1..90, default 3): clients with no set for that many days are flagged inactive.");
        coach.MapCoachClientsApi();
        return app;
    }

    public static async Task<Results<Created<CoachInviteResponse>, ProblemHttpResult>> CreateInvite(
        ClaimsPrincipal user, IGrainFactory grains, IOptions<CoachingSettings> settings)
    {
        var result = await grains.GetGrain<ICoachInviteIssuer>(ICoachInviteIssuer.Key).Issue(user.UserId(), settings.Value.InviteLifetime);
        return result.Invite is { } invite
            ? TypedResults.Created((string?)null, new CoachInviteResponse(invite.Code, invite.ExpiresAt))
            : ApiProblems.FromDomain(result.Errors);
    }

    public static async Task<Ok<CoachSettingsResponse>> GetSettings(ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(new CoachSettingsResponse((await grains.Reference<IUserGrain>(user.UserId()).GetCoachSettings()).InactiveAfterDays));

    public static async Task<Results<Ok<CoachSettingsResponse>, ProblemHttpResult>> ChangeSettings(
        CoachSettingsRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (request.InactiveAfterDays is not { } days) return ApiProblems.Validation("inactiveAfterDays", "inactiveAfterDays is required.");
        var grain = grains.Reference<IUserGrain>(user.UserId());
        var result = await grain.ChangeCoachSettings(days);
        return result.IsAccepted
            ? TypedResults.Ok(new CoachSettingsResponse((await grain.GetCoachSettings()).InactiveAfterDays))
            : ApiProblems.FromDomain(result.Errors);
    }
}
