using System.Data;
using System.Diagnostics;
using System.Threading.Channels;
using HeelChallenge.EventStore.Sqlite;
using Npgsql;

namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>
/// The process's one append loop: takes every append waiting and commits them in one transaction (group commit).
/// Each transaction first locks the log's head row and holds it until COMMIT, so across every silo appends are
/// serialized on it: positions are handed out consecutively from the committed head and become visible in that order.
/// A reader that sees position p therefore sees every position below it — <see cref="IEventStore.ReadAllAsync"/> never
/// skips an event whose transaction commits later (the gap a plain sequence would leave).
/// </summary>
internal sealed class PostgreSqlWriter : IAsyncDisposable
{
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;
    private readonly int _maxBatch;
    private readonly AppendNotifier _notifier;
    private readonly Task _loop;

    public PostgreSqlWriter(NpgsqlDataSource dataSource, string quotedSchema, int maxBatch, AppendNotifier notifier)
    {
        (_dataSource, _schema, _maxBatch, _notifier) = (dataSource, quotedSchema, Math.Max(1, maxBatch), notifier);
        _loop = Task.Run(RunAsync);
    }

    public Task<AppendResult> AppendAsync(PendingAppend append)
    {
        Enqueue(append);
        return append.Completion;
    }

    public Task SaveSnapshotAsync(PendingSnapshot snapshot)
    {
        Enqueue(snapshot);
        return snapshot.Completion;
    }

    private void Enqueue(PendingWrite write)
    {
        if (!_queue.Writer.TryWrite(write)) throw new ObjectDisposedException(nameof(PostgreSqlEventStore));
    }

    /// <summary>Stops taking appends and commits what is queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingWrite>(_maxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < _maxBatch && _queue.Reader.TryRead(out var write)) batch.Add(write);
            long head, stored;
            var started = Stopwatch.GetTimestamp();
            try
            {
                (head, stored) = await CommitAsync(batch);
            }
#pragma warning disable CA1031 // Every failure goes to the callers (Orleans retries; event ids make retries safe).
            catch (Exception e)
#pragma warning restore CA1031
            {
                foreach (var write in batch) write.Fail(e);
                continue;
            }

            // The same instruments as the SQLite writer: dashboards do not depend on the backend.
            EventStoreMetrics.CommitDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            var appends = batch.Count(w => w is PendingAppend);
            if (appends > 0) EventStoreMetrics.AppendsPerTransaction.Record(appends);
            if (stored > 0) EventStoreMetrics.EventsAppended.Add(stored);
            foreach (var write in batch) write.Publish();
            if (head > 0) _notifier.Notify(head);
        }
    }

    /// <summary>Decides and stores the batch in one transaction; returns the new head (0 when no event was stored) and the events stored.</summary>
    private async Task<(long Head, int Stored)> CommitAsync(List<PendingWrite> writes)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        // Read committed: every statement sees what committed before it, which the head-row protocol relies on.
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted);
        var batch = writes.OfType<PendingAppend>().ToList();
        var snapshots = writes.OfType<PendingSnapshot>().ToList();
        if (batch.Count == 0)
        {
            await SaveSnapshotsAsync(connection, transaction, snapshots);
            await transaction.CommitAsync();
            return (0, 0);
        }

        var (head, versions, stored) = await LookUpAsync(connection, transaction, batch);
        var rows = new EventRows();
        var next = head + 1;
        var recordedAt = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        foreach (var append in batch)
        {
            var outcome = AppendDecider.Decide(append.StreamId, append.ExpectedVersion, append.Events, versions.GetValueOrDefault(append.StreamId),
                id => stored.TryGetValue(id, out var found) ? found : null);
            if (outcome is AppendOutcome.Store store)
            {
                var first = next;
                for (var i = store.From; i < append.Events.Count; i++)
                {
                    var version = store.VersionBefore + 1 + i - store.From;
                    rows.Add(next, append.StreamId, version, append.Events[i], recordedAt);
                    stored[append.Events[i].EventId] = new StoredEventRef(append.StreamId, version, next);
                    next++;
                }

                versions[append.StreamId] = store.NextVersion;
                outcome = new AppendOutcome.Answered(new AppendResult.Committed(store.NextVersion, store.StoredFirstPosition ?? first, next - 1));
            }

            append.Outcome = outcome;
        }

        if (rows.Count > 0) await InsertAsync(connection, transaction, rows, next - 1);
        if (snapshots.Count > 0) await SaveSnapshotsAsync(connection, transaction, snapshots);
        await transaction.CommitAsync();
        return (rows.Count > 0 ? next - 1 : 0, rows.Count);
    }

    /// <summary>One round trip: lock the head, read the streams' versions and which of the ids are already stored.</summary>
    private async Task<(long Head, Dictionary<string, long> Versions, Dictionary<Guid, StoredEventRef> Stored)> LookUpAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<PendingAppend> batch)
    {
        await using var lookup = new NpgsqlBatch(connection, transaction);
        // Durable means fsync'd before the answer, whatever the server's default says. The head lock is held across
        // round trips: a holder that stalls (paused, cut off) is disconnected by the server after 10 s so it cannot
        // stop every silo's appends, and a waiter gives up after 10 s (its callers retry).
        lookup.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit = on"));
        lookup.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL idle_in_transaction_session_timeout = '10s'"));
        lookup.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL lock_timeout = '10s'"));
        lookup.BatchCommands.Add(new NpgsqlBatchCommand($"SELECT position FROM {_schema}.log_head WHERE id = 1 FOR UPDATE"));
        var versionsQuery = new NpgsqlBatchCommand($"SELECT stream_id, max(stream_version) FROM {_schema}.events WHERE stream_id = ANY($1) GROUP BY stream_id");
        versionsQuery.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. batch.Select(a => a.StreamId).Distinct(StringComparer.Ordinal)] });
        lookup.BatchCommands.Add(versionsQuery);
        var storedQuery = new NpgsqlBatchCommand($"SELECT event_id, stream_id, stream_version, position FROM {_schema}.events WHERE event_id = ANY($1)");
        storedQuery.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. batch.SelectMany(a => a.Events.Select(e => e.EventId))] });
        lookup.BatchCommands.Add(storedQuery);

        await using var reader = await lookup.ExecuteReaderAsync();
        if (!await reader.ReadAsync()) throw new InvalidOperationException($"The event store schema {_schema} has no head row.");
        var head = reader.GetInt64(0);
        await reader.NextResultAsync();
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync()) versions[reader.GetString(0)] = reader.GetInt64(1);
        await reader.NextResultAsync();
        var stored = new Dictionary<Guid, StoredEventRef>();
        while (await reader.ReadAsync()) stored[reader.GetGuid(0)] = new StoredEventRef(reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
        return (head, versions, stored);
    }

    private async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, EventRows rows, long newHead)
    {
        await using var write = new NpgsqlBatch(connection, transaction);
        var insert = new NpgsqlBatchCommand(
            $"""
            INSERT INTO {_schema}.events (position, stream_id, stream_version, event_id, type, data, metadata, recorded_at)
            SELECT * FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::timestamptz[])
            """);
        rows.AddParameters(insert.Parameters);
        write.BatchCommands.Add(insert);
        var moveHead = new NpgsqlBatchCommand($"UPDATE {_schema}.log_head SET position = $1 WHERE id = 1");
        moveHead.Parameters.Add(new NpgsqlParameter<long> { TypedValue = newHead });
        write.BatchCommands.Add(moveHead);
        await write.ExecuteNonQueryAsync();
    }

    /// <summary>Upserts the snapshots (the last one wins when a key was saved twice in the batch, as it would one after the other).</summary>
    private async Task SaveSnapshotsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<PendingSnapshot> snapshots)
    {
        // Sorted by key: two transactions upserting the same snapshots lock their rows in the same order (no deadlock).
        var latest = new SortedDictionary<string, Snapshot>(StringComparer.Ordinal);
        foreach (var pending in snapshots) latest[pending.Key] = pending.Snapshot;
        await using var write = new NpgsqlBatch(connection, transaction);
        write.BatchCommands.Add(new NpgsqlBatchCommand("SET LOCAL synchronous_commit = on"));
        var upsert = new NpgsqlBatchCommand(
            $"""
            INSERT INTO {_schema}.snapshots (key, version, data, saved_at)
            SELECT key, version, data, now() FROM unnest($1::text[], $2::bigint[], $3::bytea[]) AS s (key, version, data)
            ON CONFLICT (key) DO UPDATE SET version = excluded.version, data = excluded.data, saved_at = excluded.saved_at
            """);
        upsert.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. latest.Keys] });
        upsert.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. latest.Values.Select(v => v.Version)] });
        upsert.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. latest.Values.Select(v => v.Data)] });
        write.BatchCommands.Add(upsert);
        await write.ExecuteNonQueryAsync();
    }
}
