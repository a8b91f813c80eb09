namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>Configuration section "RateLimits". Enabled=false turns every limit off (benchmarks).</summary>
public sealed class RateLimitSettings
{
    public const string Section = "RateLimits";

    public bool Enabled { get; set; } = true;

    public PerUserLimit PerUser { get; set; } = new();

    public PerIpLimit PerIp { get; set; } = new();

    public sealed class PerUserLimit
    {
        public int TokensPerSecond { get; set; } = 100;

        public int Burst { get; set; } = 200;
    }

    public sealed class PerIpLimit
    {
        public int PermitLimit { get; set; } = 20;

        public int WindowSeconds { get; set; } = 60;
    }
}
