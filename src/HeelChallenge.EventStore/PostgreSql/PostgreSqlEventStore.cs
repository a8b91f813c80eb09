using Npgsql;

namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>
/// The event store for cluster mode: every silo appends to and reads from the same PostgreSQL schema. Appends go
/// through this process's <see cref="PostgreSqlWriter"/> (group commit; the head-row lock orders them across silos);
/// snapshot saves ride in the same transactions; reads use pooled connections. Commits wait for the server's WAL flush (synchronous_commit = on).
/// Only this process's appends are signalled (<see cref="IEventStoreNotifications"/>); projections poll for the rest.
/// </summary>
public sealed class PostgreSqlEventStore : IEventStore, IEventStoreNotifications, IAsyncDisposable
{
    private const string EventColumns = "position, stream_id, stream_version, event_id, type, data, metadata, recorded_at";

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly AppendNotifier _notifier = new();
    private readonly PostgreSqlWriter _writer;
    private int _disposed;

    private PostgreSqlEventStore(NpgsqlDataSource dataSource, string quotedSchema, int maxBatch)
    {
        (_dataSource, _schema) = (dataSource, quotedSchema);
        _writer = new PostgreSqlWriter(dataSource, quotedSchema, maxBatch, _notifier);
    }

    /// <summary>Connects, creates or migrates the schema, and starts the append loop.</summary>
    public static async Task<PostgreSqlEventStore> OpenAsync(PostgreSqlEventStoreOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Schema);
        var dataSource = NpgsqlDataSource.Create(WithKeepAlive(options.ConnectionString));
        try
        {
            await PostgreSqlSchema.MigrateAsync(dataSource, options.Schema, cancellationToken);
            return new PostgreSqlEventStore(dataSource, PostgreSqlSchema.Quote(options.Schema), options.MaxBatch);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <summary>Keepalives unless configured: a dead connection (to a vanished server or through a dropped NAT entry) is
    /// noticed in seconds instead of the operating system's two hours.</summary>
    public static string WithKeepAlive(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.KeepAlive == 0) builder.KeepAlive = 15;
        return builder.ConnectionString;
    }

    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        AppendArguments.Validate(streamId, expectedVersion, events);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return new ValueTask<AppendResult>(_writer.AppendAsync(new PendingAppend(streamId, expectedVersion, events)).WaitAsync(cancellationToken));
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        ReadAsync($"SELECT {EventColumns} FROM {_schema}.events WHERE stream_id = $1 AND stream_version >= $2 ORDER BY stream_version",
            cancellationToken, new NpgsqlParameter<string> { TypedValue = streamId }, new NpgsqlParameter<long> { TypedValue = fromVersion });

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBeforeAsync(string streamId, long beforePosition, CancellationToken cancellationToken = default) =>
        ReadAsync($"SELECT {EventColumns} FROM {_schema}.events WHERE stream_id = $1 AND position < $2 ORDER BY stream_version",
            cancellationToken, new NpgsqlParameter<string> { TypedValue = streamId }, new NpgsqlParameter<long> { TypedValue = beforePosition });

    /// <remarks>No gaps to worry about: see <see cref="PostgreSqlWriter"/> (appends commit in position order).</remarks>
    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        return ReadAsync($"SELECT {EventColumns} FROM {_schema}.events WHERE position > $1 ORDER BY position LIMIT $2",
            cancellationToken, new NpgsqlParameter<long> { TypedValue = afterPosition }, new NpgsqlParameter<int> { TypedValue = maxCount });
    }

    public async Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT position FROM {_schema}.log_head WHERE id = 1");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public Task SaveSnapshotAsync(string key, Snapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Data);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        return _writer.SaveSnapshotAsync(new PendingSnapshot(key, snapshot)).WaitAsync(cancellationToken);
    }

    public async Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand($"SELECT data, version FROM {_schema}.snapshots WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new Snapshot(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1)) : null;
    }

    public async Task DeleteSnapshotsAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        // starts_with compares exactly (LIKE would treat % and _ as wildcards).
        await using var command = _dataSource.CreateCommand($"DELETE FROM {_schema}.snapshots WHERE starts_with(key, $1)");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = keyPrefix });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public IDisposable Subscribe(Action<long> onAppended) => _notifier.Subscribe(onAppended);

    /// <summary>Commits what is queued, then closes the connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }

    private async Task<IReadOnlyList<RecordedEvent>> ReadAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = _dataSource.CreateCommand(sql);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<RecordedEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new RecordedEvent(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetInt64(2),
                reader.GetGuid(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.GetFieldValue<DateTimeOffset>(7)));
        }

        return events;
    }
}
