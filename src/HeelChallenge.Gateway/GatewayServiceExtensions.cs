using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Coaching;
using HeelChallenge.Gateway.Exercises;
using HeelChallenge.Gateway.Export;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Json;
using HeelChallenge.Gateway.Leaderboards;
using HeelChallenge.Gateway.Me;
using HeelChallenge.Gateway.Problems;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace HeelChallenge.Gateway;

public static class GatewayServiceExtensions
{
    /// <summary>
    /// Everything the HTTP gateway needs: JSON rules, problem details, bearer auth, rate limits, OpenAPI, health checks
    /// and telemetry. Expects in DI: IGrainFactory (co-hosted silo), ExerciseCatalog and IEventStore (for readiness).
    /// </summary>
    public static IHostApplicationBuilder AddHeelChallengeGateway(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(options => GatewayJson.Configure(options.SerializerOptions));

        // Binding failures throw, so the exception handler can name the field instead of answering a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = GatewayProblemDetails.Customize);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();

        services.AddGatewayAuth(builder.Configuration);
        services.AddGatewayRateLimiting();
        services.AddGatewayOpenApi();
        services.AddSingleton<CatalogDocument>();
        services.AddSingleton<UserGrains>();
        services.AddOptions<CoachingSettings>().BindConfiguration(CoachingSettings.Section)
            .Validate(s => s.IsValid, $"{CoachingSettings.Section}:InviteLifetime must be more than 0 and at most 90 days.")
            .ValidateOnStart();
        services.AddSingleton<ExportWriter>();
        services.AddOptions<LeaderboardStreamOptions>().BindConfiguration(LeaderboardStreamOptions.Section);
        services.AddSingleton<LeaderboardStream>();
        services.AddHealthChecks()
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live])
            .AddCheck<SiloHealthCheck>("silo", tags: [HealthTags.Ready])
            .AddCheck<EventStoreHealthCheck>("event-store", tags: [HealthTags.Ready]);
        builder.AddGatewayTelemetry();
        return builder;
    }
}
