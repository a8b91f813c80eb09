using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Progress;

namespace HeelChallenge.Gateway.Me;

/// <summary>/api/me: everything about the caller, who is always the user in the bearer token.</summary>
public static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/me")
            .WithTags("Me")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PerUser)
            .MapProfileApi()
            .MapSetsApi()
            .MapCoachesApi()
            .MapExportApi()
            .MapProgressApi();
        return app;
    }
}
