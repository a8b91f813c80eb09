namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// The projector of one projection kind (the grain key, see <see cref="ProjectionKinds"/>): tails the global log from
/// its durable checkpoint and delivers each event to the read models it concerns. Single activation makes it the only
/// one in the cluster; every silo pings it so it stays active and comes back after a silo failure.
/// </summary>
[Alias("projector")]
public interface IProjectorGrain : IGrainWithStringKey
{
    /// <summary>Activates the projector if it is not running; answers at once.</summary>
    [Alias("ping"), AlwaysInterleave]
    Task Ping();

    /// <summary>New events were appended: read now instead of at the next poll.</summary>
    [Alias("wake"), AlwaysInterleave]
    Task Wake();

    [Alias("get-status"), AlwaysInterleave]
    Task<ProjectionStatus> GetStatus();

    /// <summary>
    /// Starts replaying the whole log into a new generation of read models: each read model discards its state when
    /// the first event of the new generation reaches it. The service keeps answering; boards fill back up.
    /// </summary>
    [Alias("start-rebuild")]
    Task<ProjectionStatus> StartRebuild();

    /// <summary>Has every read model save what it applied, then persists the checkpoint; answers the new status.</summary>
    [Alias("checkpoint")]
    Task<ProjectionStatus> Checkpoint();

    /// <summary>Drops the in-memory position and deactivates; the next ping resumes from the durable checkpoint.</summary>
    [Alias("restart")]
    Task Restart();
}
