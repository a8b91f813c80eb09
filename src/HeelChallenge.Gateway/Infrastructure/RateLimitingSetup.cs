using System.Globalization;
using System.Threading.RateLimiting;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>Per-user token buckets for the API and per-IP windows for account creation and tokens; 429 is
/// problem+json with Retry-After. Settings are read when a partition is first used, so tests can configure them.</summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddGatewayRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(RateLimitSettings.Section);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = WriteProblemAsync;
            options.AddPolicy(RateLimitPolicies.PerUser, context =>
            {
                var settings = SettingsOf(context);
                if (!settings.Enabled) return RateLimitPartition.GetNoLimiter("off");
                var key = context.User.TryGetUserId(out var userId) ? userId.ToString() : "ip:" + ClientIp(context);
                return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, settings.PerUser.Burst),
                    TokensPerPeriod = Math.Max(1, settings.PerUser.TokensPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            options.AddPolicy(RateLimitPolicies.PerIp, context =>
            {
                var settings = SettingsOf(context);
                if (!settings.Enabled) return RateLimitPartition.GetNoLimiter("off");
                return RateLimitPartition.GetFixedWindowLimiter(ClientIp(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, settings.PerIp.PermitLimit),
                    Window = TimeSpan.FromSeconds(Math.Max(1, settings.PerIp.WindowSeconds)),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }

    private static RateLimitSettings SettingsOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitSettings>>().Value;

    private static string ClientIp(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask WriteProblemAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.Plain(StatusCodes.Status429TooManyRequests, $"Too many requests; retry after {seconds} s."),
        });
    }
}
