using System.Security.Claims;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>Joining (with an invite code, or a public challenge without one) and leaving.</summary>
public static class ChallengeMembershipApi
{
    public static RouteGroupBuilder MapChallengeMembershipApi(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/join", JoinChallengeByCode).WithName("JoinChallengeByCode")
            .WithSummary("Join with an invite code (case-insensitive). Already in: 200 as well. Ended, cancelled, over or full: 409.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapPost("/{challengeId:guid}/join", JoinPublicChallenge).WithName("JoinPublicChallenge")
            .WithSummary("Join a public challenge without a code; a private one needs its code (else 404).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapDelete("/{challengeId:guid}/participants/me", LeaveChallenge).WithName("LeaveChallenge")
            .WithSummary("Leave a challenge (idempotent); your entry leaves its board. Rejoining is allowed.");
        return challenges;
    }

    public static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> JoinChallengeByCode(
        JoinChallengeRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request.InviteCode)) return ApiProblems.Validation("inviteCode", "inviteCode is required.");
        var code = InviteCodes.Normalize(request.InviteCode);
        // A code that cannot have been issued is as unknown as one that was not: no grain needs to wake for it.
        var challengeId = InviteCodes.IsWellFormed(code) ? await grains.GetGrain<IInviteCodeGrain>(code).GetChallengeId() : null;
        if (challengeId is null) return UnknownCode();

        var result = await grains.Reference<IChallengeGrain>(challengeId.Value).Join(new JoinChallenge(user.UserId(), code));
        if (result.Challenge is { } view) return TypedResults.Ok(ChallengeResponse.From(view));
        return result.Errors.Any(e => e is { Kind: ErrorKind.NotFound, Field: "challengeId" }) ? UnknownCode() : ApiProblems.FromDomain(result.Errors);
    }

    public static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> JoinPublicChallenge(
        Guid challengeId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var result = await grains.Reference<IChallengeGrain>(challengeId).Join(new JoinChallenge(user.UserId(), null));
        return result.Challenge is { } view ? TypedResults.Ok(ChallengeResponse.From(view)) : Refused(result.Errors);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> LeaveChallenge(Guid challengeId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var result = await grains.Reference<IChallengeGrain>(challengeId).Leave(user.UserId());
        return result.IsAccepted ? TypedResults.NoContent() : Refused(result.Errors);
    }

    /// <summary>A refusal that hides the challenge gets the very body of GET's 404.</summary>
    internal static ProblemHttpResult Refused(IReadOnlyList<DomainError> errors) =>
        errors.Any(e => e is { Kind: ErrorKind.NotFound, Field: "challengeId" }) ? ChallengesApi.NotFound() : ApiProblems.FromDomain(errors);

    private static ProblemHttpResult UnknownCode() => ApiProblems.NotFound("inviteCode", "No challenge has this invite code.");
}
