namespace HeelChallenge.Gateway.Infrastructure;

public static class HealthTags
{
    /// <summary>/health/live: the process is up and serving HTTP.</summary>
    public const string Live = "live";

    /// <summary>/health/ready: the silo is active and the event store answers.</summary>
    public const string Ready = "ready";
}
