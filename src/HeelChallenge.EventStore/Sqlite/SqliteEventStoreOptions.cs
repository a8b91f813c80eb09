namespace HeelChallenge.EventStore.Sqlite;

/// <summary>Settings of the embedded SQLite event store.</summary>
public sealed record SqliteEventStoreOptions
{
    /// <summary>The database file; its directory is created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// Commit every append request waiting in the queue in one transaction (one fsync for many appends).
    /// <c>false</c> commits each append on its own: the baseline the benchmarks compare against.
    /// </summary>
    public bool GroupCommit { get; init; } = true;

    /// <summary>Most append requests one transaction carries, so a burst cannot make one commit arbitrarily slow.</summary>
    public int MaxBatchSize { get; init; } = 1000;

    /// <summary>How long the writer waits for a lock held by another connection (a checkpoint, a migration) before failing.</summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Streams whose current version the writer keeps in memory. Past this the cache is emptied and refilled lazily,
    /// which bounds memory on a store with millions of streams at the price of one indexed lookup per stream.
    /// </summary>
    public int MaxCachedStreams { get; init; } = 100_000;
}
