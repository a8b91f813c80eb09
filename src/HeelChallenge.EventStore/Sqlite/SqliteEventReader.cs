using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Queries on pooled reader connections. In WAL mode a read runs against the last committed snapshot and never waits
/// for the writer, so projections and grain activations do not queue behind group commits.
/// </summary>
internal sealed class SqliteEventReader(string connectionString)
{
    private const string EventColumns = "position, stream_id, stream_version, event_id, type, data, metadata, recorded_at";

    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventColumns} FROM events WHERE stream_id = $stream AND stream_version >= $from ORDER BY stream_version";
        command.Parameters.AddWithValue("$stream", streamId);
        command.Parameters.AddWithValue("$from", fromVersion);
        return await ReadEventsAsync(command, 0, cancellationToken);
    }

    /// <summary>The (stream_id, stream_version) index carries the rowid (= position), so later events are skipped in the index.</summary>
    public async Task<IReadOnlyList<RecordedEvent>> ReadStreamBeforeAsync(string streamId, long beforePosition, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventColumns} FROM events WHERE stream_id = $stream AND position < $before ORDER BY stream_version";
        command.Parameters.AddWithValue("$stream", streamId);
        command.Parameters.AddWithValue("$before", beforePosition);
        return await ReadEventsAsync(command, 0, cancellationToken);
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
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventColumns} FROM events WHERE position > $after ORDER BY position LIMIT $max";
        command.Parameters.AddWithValue("$after", afterPosition);
        command.Parameters.AddWithValue("$max", maxCount);
        return await ReadEventsAsync(command, maxCount, cancellationToken);
    }

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

    private static async Task<IReadOnlyList<RecordedEvent>> ReadEventsAsync(SqliteCommand command, int capacity, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<RecordedEvent>(Math.Min(capacity, 1024));
        while (await reader.ReadAsync(cancellationToken))
        {
            // Big-endian (RFC 4122) order, as the writer stores it; see the schema. GetFieldValue<byte[]> copies the
            // column value; GetBytes would open an incremental blob handle on the table row for every event (costly).
            // The JSON (a TEXT column) is taken the same way: its UTF-8 bytes, never a string (see RecordedEvent).
            var idBytes = reader.GetFieldValue<byte[]>(3);
            events.Add(new RecordedEvent(
                Position: reader.GetInt64(0),
                StreamId: reader.GetString(1),
                StreamVersion: reader.GetInt64(2),
                EventId: new Guid(idBytes, bigEndian: true),
                Type: reader.GetString(4),
                Utf8Data: reader.GetFieldValue<byte[]>(5),
                Metadata: reader.IsDBNull(6) ? null : reader.GetString(6),
                RecordedAt: DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return events;
    }
}
