namespace HeelChallenge.Abstractions.Projections;

/// <summary>The projection kinds: each has exactly one projector in the cluster (an <see cref="IProjectorGrain"/> keyed by the kind).</summary>
public static class ProjectionKinds
{
    /// <summary>Leaderboards, the public challenge directory and each user's list of challenges.</summary>
    public const string Leaderboards = "leaderboards";

    /// <summary>Each user's progress and each coach's roster of clients.</summary>
    public const string Progress = "progress";

    public static IReadOnlyList<string> All { get; } = [Leaderboards, Progress];
}
