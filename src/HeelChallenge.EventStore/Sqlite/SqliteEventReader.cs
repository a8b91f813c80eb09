using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Queries on pooled reader connections. In WAL mode a read runs against the last committed snapshot and never waits
/// for the writer, so projections and grain activations do not queue behind group commits.
/// </summary>
internal sealed class SqliteEventReader(string connectionString, TimeSpan busyTimeout)
{
    private const string EventColumns = "position, stream_id, stream_version, event_id, type, data, metadata, recorded_at";

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return SqliteEventRows.Read(connection, busyTimeout, $"SELECT {EventColumns} FROM events WHERE stream_id = ?1 AND stream_version >= ?2 ORDER BY stream_version",
            statement => Bind(statement, streamId, fromVersion), 0, cancellationToken);
    }

    /// <summary>The (stream_id, stream_version) index carries the rowid (= position), so later events are skipped in the index.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamBeforeAsync(string streamId, long beforePosition, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return SqliteEventRows.Read(connection, busyTimeout, $"SELECT {EventColumns} FROM events WHERE stream_id = ?1 AND position < ?2 ORDER BY stream_version",
            statement => Bind(statement, streamId, beforePosition), 0, cancellationToken);
    }

    /// <remarks>
    /// Why paging by position never skips an event here: positions are assigned by the single writer inside its
    /// transaction, consecutively after the committed head, and a transaction becomes visible to readers atomically
    /// at commit. Transactions commit one after another in position order, so when a reader sees position p, every
    /// position below p is already committed and visible: no gap can be filled later. (PostgreSQL, with concurrent
    /// writers and sequence-assigned positions, has no such guarantee and needs its own care.)
    /// </remarks>
    public async Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return SqliteEventRows.Read(connection, busyTimeout, ReadAllSql, BindPage(afterPosition, maxCount), maxCount, cancellationToken);
    }

    /// <summary>As <see cref="ReadAllAsync"/>, into a pooled batch (same query, same paging guarantee).</summary>
    public async Task<EventRowBatch> ReadAllRowsAsync(long afterPosition, int maxCount, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return SqliteEventRows.ReadRows(connection, busyTimeout, ReadAllSql, BindPage(afterPosition, maxCount), maxCount, cancellationToken);
    }

    private const string ReadAllSql = $"SELECT {EventColumns} FROM events WHERE position > ?1 ORDER BY position LIMIT ?2";

    private static Action<sqlite3_stmt> BindPage(long afterPosition, int maxCount) => statement =>
    {
        raw.sqlite3_bind_int64(statement, 1, afterPosition);
        raw.sqlite3_bind_int64(statement, 2, maxCount);
    };

    public async Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT IFNULL(MAX(position), 0) FROM events";
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public async Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT data, version FROM snapshots WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Snapshot(reader.GetFieldValue<byte[]>(0), reader.GetInt64(1))
            : null;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void Bind(sqlite3_stmt statement, string streamId, long value)
    {
        raw.sqlite3_bind_text(statement, 1, streamId);
        raw.sqlite3_bind_int64(statement, 2, value);
    }
}
