using System.Security.Claims;
using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Export;
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
        coach.MapGet("/clients/{userId:guid}/export", ExportClient).WithName("ExportClient")
            .WithSummary("A consenting client's profile and every set, as JSON or CSV (404 without current consent).");
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

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportClient(
        Guid userId, string? format, ClaimsPrincipal user, IGrainFactory grains, ExportWriter writer)
    {
        if (!ExportFormats.TryParse(format, out var parsed)) return ExportFormats.Invalid();
        var coachId = user.UserId();
        if (!await ClientAccess.IsCurrent(grains, coachId, userId)) return ClientAccess.NotFound();
        return await writer.CreateAsync(new ExportRequest(userId, parsed, ForCoach: coachId));
    }
}
