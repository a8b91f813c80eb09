using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode, one group-committing writer thread, pooled reader
/// connections. An append completes only once its transaction is fsync'd (<c>synchronous=FULL</c>).
/// Open one instance per file in a process; dispose it to commit what is queued and close the file.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IEventStoreNotifications, IAsyncDisposable, IDisposable
{
    private readonly SqliteWriter _writer;
    private readonly SqliteEventReader _reader;
    private readonly AppendNotifier _notifier = new();
    private readonly string _readerConnectionString;
    private int _disposed;

    /// <summary>Opens (creating the file and its directory when missing) and migrates the database.</summary>
    public SqliteEventStore(SqliteEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxCachedStreams, 1);

        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Options = options with { DatabasePath = path };

        var connection = SqliteConnections.OpenWriter(path, options.BusyTimeout);
        try
        {
            SqliteSchema.Migrate(connection);
            _writer = new SqliteWriter(connection, Options, _notifier);
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        _readerConnectionString = SqliteConnections.ReaderConnectionString(path);
        _reader = new SqliteEventReader(_readerConnectionString, options.BusyTimeout);
    }

    /// <summary>The options in force, with <see cref="SqliteEventStoreOptions.DatabasePath"/> made absolute.</summary>
    public SqliteEventStoreOptions Options { get; }

    /// <summary>Counters of this instance (transactions, appends, largest group-commit batch).</summary>
    public SqliteEventStoreStatistics Statistics => _writer.Statistics;

    /// <summary>Batches the writer has picked up so far; tests use it to know a request left the queue.</summary>
    internal long BatchesStarted => _writer.BatchesStarted;

    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        AppendArguments.Validate(streamId, expectedVersion, events);
        if (cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromCanceled<AppendResult>(cancellationToken);
        }

        var request = new AppendRequest(streamId, expectedVersion, events);
        Enqueue(request, cancellationToken);
        return new ValueTask<AppendResult>(request.Completion);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ThrowIfDisposed();
        return _reader.ReadStreamAsync(streamId, Math.Max(fromVersion, 1), cancellationToken);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamBeforeAsync(string streamId, long beforePosition, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        ThrowIfDisposed();
        return _reader.ReadStreamBeforeAsync(streamId, beforePosition, cancellationToken);
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ThrowIfDisposed();
        return _reader.ReadAllAsync(afterPosition, maxCount, cancellationToken);
    }

    public Task<EventRowBatch> ReadAllRowsAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterPosition);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ThrowIfDisposed();
        return _reader.ReadAllRowsAsync(afterPosition, maxCount, cancellationToken);
    }

    public Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfDisposed();
        return _reader.ReadHeadPositionAsync(cancellationToken);
    }

    public Task SaveSnapshotAsync(string key, Snapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snapshot.Data);
        return EnqueueSnapshotWrite(SnapshotWriteRequest.Save(key, snapshot), cancellationToken);
    }

    public Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ThrowIfDisposed();
        return _reader.LoadSnapshotAsync(key, cancellationToken);
    }

    public Task DeleteSnapshotsAsync(string keyPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keyPrefix);
        return EnqueueSnapshotWrite(SnapshotWriteRequest.DeleteByPrefix(keyPrefix), cancellationToken);
    }

    /// <inheritdoc/>
    public IDisposable Subscribe(Action<long> onAppended) => _notifier.Subscribe(onAppended);

    /// <summary>Commits everything already queued, stops the writer and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _writer.StopAsync();

        // Idle pooled readers keep the file open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_readerConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Blocking form of <see cref="DisposeAsync"/> for containers that dispose synchronously.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private Task EnqueueSnapshotWrite(SnapshotWriteRequest request, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }

        Enqueue(request, cancellationToken);
        return request.Completion;
    }

    private void Enqueue(WriteRequest request, CancellationToken cancellationToken)
    {
        ThrowIfDisposed();
        request.AttachCancellation(cancellationToken);
        if (!_writer.TryEnqueue(request))
        {
            ThrowIfDisposed();
            throw new InvalidOperationException("The event store writer has stopped after an internal error.", _writer.Fault);
        }
    }

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
}
