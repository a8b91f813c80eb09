using System.Security.Claims;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Gateway.Auth;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>What only the owner may do: end a challenge early (scoring stops now) or cancel it.</summary>
public static class ChallengeOwnerApi
{
    public static RouteGroupBuilder MapChallengeOwnerApi(this RouteGroupBuilder challenges)
    {
        challenges.MapPost("/{challengeId:guid}/end", EndChallenge).WithName("EndChallenge")
            .WithSummary("Owner only: end the challenge now; sets performed from now on no longer count. Again: 200.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        challenges.MapPost("/{challengeId:guid}/cancel", CancelChallenge).WithName("CancelChallenge")
            .WithSummary("Owner only: call the challenge off. Again: 200; once ended it cannot be cancelled (409).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return challenges;
    }

    public static Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> EndChallenge(Guid challengeId, ClaimsPrincipal user, IGrainFactory grains) =>
        Close(grains.Reference<IChallengeGrain>(challengeId), user.UserId(), (grain, caller) => grain.End(caller));

    public static Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> CancelChallenge(Guid challengeId, ClaimsPrincipal user, IGrainFactory grains) =>
        Close(grains.Reference<IChallengeGrain>(challengeId), user.UserId(), (grain, caller) => grain.Cancel(caller));

    private static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> Close(
        IChallengeGrain grain, Guid callerId, Func<IChallengeGrain, Guid, Task<Abstractions.CommandResult>> close)
    {
        var result = await close(grain, callerId);
        if (!result.IsAccepted) return ChallengeMembershipApi.Refused(result.Errors);
        return await grain.Get(callerId) is { } view ? TypedResults.Ok(ChallengeResponse.From(view)) : ChallengesApi.NotFound();
    }
}
