using System.Security.Claims;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>/api/challenges: create and read group challenges; joining, leaving and closing live next door.</summary>
public static class ChallengesApi
{
    public static IEndpointRouteBuilder MapChallengesApi(this IEndpointRouteBuilder app)
    {
        var challenges = app.MapGroup("/api/challenges")
            .WithTags("Challenges")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PerUser);
        challenges.MapPost("", CreateChallenge).WithName("CreateChallenge")
            .WithSummary("Create a challenge and get its invite code. The creator is its owner and first participant.");
        challenges.MapGet("/{challengeId:guid}", GetChallenge).WithName("GetChallenge")
            .WithSummary("A challenge: public ones to anyone signed in, private ones to their owner and participants (else 404).");
        challenges.MapChallengeMembershipApi().MapChallengeOwnerApi();
        return app;
    }

    public static async Task<Results<Created<ChallengeResponse>, ProblemHttpResult>> CreateChallenge(
        CreateChallengeRequest request, ClaimsPrincipal user, IGrainFactory grains, ExerciseCatalog catalog, TimeProvider time)
    {
        var errors = new FieldErrors();
        var command = ChallengeRequestValidation.ToCommand(request, user.UserId(), catalog, time.GetUtcNow(), errors);
        if (command is null) return ApiProblems.Validation(errors);

        var challengeId = Guid.NewGuid();
        var result = await grains.Reference<IChallengeGrain>(challengeId).Create(command);
        return result.Challenge is { } view
            ? TypedResults.Created(Location(challengeId), ChallengeResponse.From(view))
            : ApiProblems.FromDomain(result.Errors);
    }

    public static async Task<Results<Ok<ChallengeResponse>, ProblemHttpResult>> GetChallenge(Guid challengeId, ClaimsPrincipal user, IGrainFactory grains)
    {
        var view = await grains.Reference<IChallengeGrain>(challengeId).Get(user.UserId());
        return view is null ? NotFound() : TypedResults.Ok(ChallengeResponse.From(view));
    }

    /// <summary>The same answer whether the challenge does not exist or the caller may not see it.</summary>
    internal static ProblemHttpResult NotFound() =>
        ApiProblems.NotFound("challengeId", "There is no such challenge, or it is private and you are not in it.");

    internal static string Location(Guid challengeId) => "/api/challenges/" + challengeId.ToString("D");
}
