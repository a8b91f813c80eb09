namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>Configuration section "Leaderboards:Stream".</summary>
public sealed class LeaderboardStreamOptions
{
    public const string Section = "Leaderboards:Stream";

    /// <summary>A comment line this often keeps proxies and browsers from closing an idle stream.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Pause before re-subscribing when the board could not be watched (e.g. its silo went away).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
