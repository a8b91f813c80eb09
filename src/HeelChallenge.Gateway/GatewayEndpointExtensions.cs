using HeelChallenge.Gateway.Accounts;
using HeelChallenge.Gateway.Admin;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Challenges;
using HeelChallenge.Gateway.Coaching;
using HeelChallenge.Gateway.Exercises;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Leaderboards;
using HeelChallenge.Gateway.Me;
using HeelChallenge.Gateway.Ping;
using HeelChallenge.Gateway.WebApp;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace HeelChallenge.Gateway;

public static class GatewayEndpointExtensions
{
    /// <summary>The middleware pipeline and every endpoint of the gateway.</summary>
    public static WebApplication MapHeelChallengeGateway(this WebApplication app)
    {
        // Fail at start-up, not on the first login, when the configured signing key is unusable.
        _ = app.Services.GetRequiredService<SigningKeyStore>().Key;
        app.Services.GetRequiredService<PasswordHashing>().Warm();

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseWebApp(); // before auth: the page and its assets are anonymous
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        var api = app.MapGroup("").WithMetadata(RequestBodyLimit.Metadata);
        api.MapAccountsApi();
        api.MapAuthApi();
        api.MapChallengesApi();
        api.MapCoachApi();
        api.MapChallengeListsApi();
        api.MapLeaderboardApi();
        api.MapExercisesApi();
        api.MapMeApi();
        api.MapPingApi();
        api.MapProjectionsAdminApi();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Live) })
            .AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthTags.Ready) })
            .AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/scalar", options => options
                .WithTitle("HeelChallenge API")
                .DisableDefaultFonts()
                .AddPreferredSecuritySchemes(OpenApiSetup.BearerScheme))
            .AllowAnonymous();
        return app;
    }
}
