namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>A host with tiny limits: 3 account/token requests per IP per minute; a burst of 3 per user, 1 per second.</summary>
public sealed class RateLimitedFactory : GatewayFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("RateLimits:Enabled", "true"),
        ("RateLimits:PerIp:PermitLimit", "3"),
        ("RateLimits:PerIp:WindowSeconds", "60"),
        ("RateLimits:PerUser:Burst", "3"),
        ("RateLimits:PerUser:TokensPerSecond", "1"),
    ];
}
