namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>Where the PostgreSQL event store lives (cluster mode: every silo points at the same database).</summary>
public sealed class PostgreSqlEventStoreOptions
{
    /// <summary>An Npgsql connection string (ConnectionStrings:EventStore).</summary>
    public required string ConnectionString { get; init; }

    /// <summary>The schema holding the tables; created on first open. One schema per independent store.</summary>
    public string Schema { get; init; } = "heelchallenge";

    /// <summary>Most appends committed in one transaction (group commit).</summary>
    public int MaxBatch { get; init; } = 512;
}
