namespace HeelChallenge.Gateway.Infrastructure;

public static class RateLimitPolicies
{
    /// <summary>Token bucket per authenticated user (per IP for a request without a user).</summary>
    public const string PerUser = "per-user";

    /// <summary>Fixed window per client IP, for account creation and token requests (password guessing).</summary>
    public const string PerIp = "per-ip";
}
