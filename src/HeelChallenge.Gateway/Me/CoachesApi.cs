using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Me;

/// <summary>The caller as a client: accept a coach with their invite code, list current coaches, revoke one.</summary>
public static class CoachesApi
{
    public static RouteGroupBuilder MapCoachesApi(this RouteGroupBuilder me)
    {
        var coaches = me.MapGroup("/coaches").WithTags("Coaches");
        coaches.MapPost("", AcceptCoach).WithName("AcceptCoach")
            .WithSummary("Accept a coach's invite code: 201 new coach; 200 already your coach; 404 unknown code; 409 used by someone else; 410 expired; 400 your own code.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone);
        coaches.MapGet("", ListCoaches).WithName("ListCoaches").WithSummary("Your current coaches.");
        coaches.MapGet("/{coachId:guid}", GetCoach).WithName("GetCoach").WithSummary("One current coach (404 if not current).");
        coaches.MapDelete("/{coachId:guid}", RevokeCoach).WithName("RevokeCoach")
            .WithSummary("Revoke a coach: from now on they see nothing of you. 204; again 204; never your coach 404.");
        return me;
    }

    public static async Task<Results<Created<CoachResponse>, Ok<CoachResponse>, ProblemHttpResult>> AcceptCoach(
        AcceptCoachRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.Code)) return ApiProblems.Validation("code", "code is required.");
        var code = InviteCodes.Normalize(request.Code);
        // A code that cannot have been issued is as unknown as one that was not: no grain needs to wake for it.
        if (!InviteCodes.IsWellFormed(code)) return ApiProblems.NotFound("code", "No coach invite has this code.");

        var result = await grains.Reference<IUserGrain>(user.UserId()).AcceptCoachInvite(code);
        if (result.Consent is not { } consent) return ApiProblems.FromDomain(result.Errors);
        var coach = await ResponseFor(grains, consent);
        return result.Granted ? TypedResults.Created(Location(consent.CoachId), coach) : TypedResults.Ok(coach);
    }

    public static async Task<Ok<CoachListResponse>> ListCoaches(ClaimsPrincipal user, IGrainFactory grains)
    {
        var consents = await grains.Reference<IUserGrain>(user.UserId()).GetCoachConsents();
        var current = consents.Where(c => c.IsCurrent).OrderBy(c => c.GrantedAt).ToList();
        var items = await Task.WhenAll(current.Select(c => ResponseFor(grains, c)));
        return TypedResults.Ok(new CoachListResponse(items));
    }

    public static async Task<Results<Ok<CoachResponse>, ProblemHttpResult>> GetCoach(Guid coachId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var consent = await grains.Reference<IUserGrain>(user.UserId()).GetCoachAccess(coachId);
        return consent is null ? NotYourCoach() : TypedResults.Ok(await ResponseFor(grains, consent));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> RevokeCoach(Guid coachId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var result = await grains.Reference<IUserGrain>(user.UserId()).RevokeCoachAccess(coachId);
        return result.IsAccepted ? TypedResults.NoContent() : ApiProblems.FromDomain(result.Errors);
    }

    private static async Task<CoachResponse> ResponseFor(IGrainFactory grains, CoachConsent consent)
    {
        var profile = await grains.Reference<IUserGrain>(consent.CoachId).GetProfile();
        return new CoachResponse(consent.CoachId, profile?.DisplayName ?? "", consent.GrantedAt);
    }

    private static ProblemHttpResult NotYourCoach() => ApiProblems.NotFound("coachId", "This user is not one of your coaches.");

    private static string Location(Guid coachId) => "/api/me/coaches/" + coachId.ToString("D");
}
