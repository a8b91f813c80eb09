using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// The writer's statements, prepared once on its connection and re-executed with new parameter values: the hot path
/// never parses SQL. Transactions are plain BEGIN/COMMIT statements rather than <see cref="SqliteTransaction"/> so
/// the prepared commands need no per-batch re-binding to a transaction object.
/// </summary>
internal sealed class SqliteWriterCommands : IDisposable
{
    private readonly List<SqliteCommand> _all = [];
    private readonly SqliteCommand _begin;
    private readonly SqliteCommand _commit;
    private readonly SqliteCommand _rollback;
    private readonly SqliteCommand _dataVersion;
    private readonly SqliteCommand _head;
    private readonly SqliteCommand _streamVersion;
    private readonly SqliteRawStatement _insert;
    private readonly SqliteCommand _findEvent;
    private readonly SqliteCommand _deleteFrom;
    private readonly SqliteCommand _saveSnapshot;
    private readonly SqliteCommand _deleteSnapshots;
    private readonly SqliteCommand _checkpoint;

    // Reused for every lookup by event id: SQLite copies bound blobs (SQLITE_TRANSIENT).
    private readonly byte[] _eventIdBytes = new byte[16];

    public SqliteWriterCommands(SqliteConnection connection)
    {
        Connection = connection;
        // IMMEDIATE: take the write lock at BEGIN, so a concurrent writer (another process) makes us wait
        // busy_timeout here instead of failing halfway through a batch on lock upgrade.
        _begin = Prepare("BEGIN IMMEDIATE");
        _commit = Prepare("COMMIT");
        _rollback = Prepare("ROLLBACK");
        _dataVersion = Prepare("PRAGMA data_version");
        _head = Prepare("SELECT IFNULL(MAX(position), 0) FROM events");
        _streamVersion = Prepare("SELECT IFNULL(MAX(stream_version), 0) FROM events WHERE stream_id = $stream", "$stream");
        _findEvent = Prepare("SELECT stream_id, stream_version, position FROM events WHERE event_id = $id", "$id");
        _deleteFrom = Prepare("DELETE FROM events WHERE position >= $position", "$position");
        _saveSnapshot = Prepare(
            "INSERT OR REPLACE INTO snapshots (key, version, data, saved_at) VALUES ($key, $version, $data, $at)",
            "$key", "$version", "$data", "$at");
        // substr/length compare characters exactly (LIKE would be case-insensitive and treat % and _ as wildcards).
        _deleteSnapshots = Prepare("DELETE FROM snapshots WHERE substr(key, 1, length($prefix)) = $prefix", "$prefix");
        _checkpoint = Prepare("PRAGMA wal_checkpoint(PASSIVE)");

        // ON CONFLICT(event_id) DO NOTHING turns a duplicate event id into "0 rows changed" instead of an error that
        // would abort the statement; (stream_id, stream_version) and position conflicts still raise: they mean a bug.
        // A raw statement: the hot path of every append binds its values without Microsoft.Data.Sqlite's objects.
        // Prepared last: closing the connection disposes the commands above, not a raw statement, so nothing may fail
        // after it is made (the caller disposes this object if its own construction fails later).
        _insert = new SqliteRawStatement(
            connection,
            """
            INSERT INTO events (position, stream_id, stream_version, event_id, type, data, metadata, recorded_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (event_id) DO NOTHING
            """);
    }

    public SqliteConnection Connection { get; }

    public void Begin() => _begin.ExecuteNonQuery();

    public void Commit() => _commit.ExecuteNonQuery();

    /// <summary>
    /// Rolls back the open transaction, if SQLite has not already done so itself (it does on some I/O errors and
    /// on a failed COMMIT of a full disk), so the connection is clean for the next batch.
    /// </summary>
    public void RollbackIfActive()
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(Connection.Handle) == 0)
        {
            _rollback.ExecuteNonQuery();
        }
    }

    /// <summary>Changes whenever another connection commits to the file; our own commits leave it as it is.</summary>
    public long ReadDataVersion() => (long)_dataVersion.ExecuteScalar()!;

    public long ReadHeadPosition() => (long)_head.ExecuteScalar()!;

    public long ReadStreamVersion(string streamId)
    {
        _streamVersion.Parameters[0].Value = streamId;
        return (long)_streamVersion.ExecuteScalar()!;
    }

    /// <summary>Inserts one event; <c>false</c> when its id is already stored (nothing inserted).</summary>
    public bool TryInsert(long position, string streamId, long version, EventData e, long recordedAtUnixMs)
    {
        Span<byte> eventId = stackalloc byte[16];
        e.EventId.TryWriteBytes(eventId, bigEndian: true, out _);
        var insert = _insert;
        insert.BindInt64(1, position);
        insert.BindText(2, streamId);
        insert.BindInt64(3, version);
        insert.BindBlob(4, eventId);
        insert.BindText(5, e.Type);
        insert.BindText(6, e.Data);
        insert.BindTextOrNull(7, e.Metadata);
        insert.BindInt64(8, recordedAtUnixMs);
        return insert.ExecuteNonQuery() == 1;
    }

    public StoredEventRef? FindEvent(Guid eventId)
    {
        eventId.TryWriteBytes(_eventIdBytes, bigEndian: true, out _);
        _findEvent.Parameters[0].Value = _eventIdBytes;
        using var reader = _findEvent.ExecuteReader();
        return reader.Read() ? new StoredEventRef(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    }

    /// <summary>Removes the rows inserted by the open transaction from <paramref name="position"/> on (undo of one append).</summary>
    public void DeleteFrom(long position)
    {
        _deleteFrom.Parameters[0].Value = position;
        _deleteFrom.ExecuteNonQuery();
    }

    /// <summary>
    /// Copies the WAL frames a background pass left (those committed while it ran), between two transactions, so the
    /// next BEGIN can restart the WAL from its start. True when every frame was copied (the WAL will restart); false
    /// when another checkpoint held the lock or something failed, which only leaves the WAL longer until the next try.
    /// </summary>
    public bool CheckpointTail()
    {
        try
        {
            // One row: busy (another checkpoint holds the lock), frames in the WAL, frames copied so far.
            using var reader = _checkpoint.ExecuteReader();
            return reader.Read() && reader.GetInt64(0) == 0 && reader.GetInt64(1) == reader.GetInt64(2);
        }
        catch (SqliteException)
        {
            // Busy or I/O trouble: the appends are safe in the WAL; the next pass tries again.
            return false;
        }
    }

    /// <summary>Pages this connection has written to the WAL since it opened (SQLITE_DBSTATUS_CACHE_WRITE).</summary>
    public long WalPagesWritten()
    {
        SQLitePCL.raw.sqlite3_db_status(Connection.Handle, SQLitePCL.raw.SQLITE_DBSTATUS_CACHE_WRITE, out var current, out _, 0);
        return current;
    }

    public void SaveSnapshot(string key, Snapshot snapshot, long savedAtUnixMs)
    {
        var p = _saveSnapshot.Parameters;
        p[0].Value = key;
        p[1].Value = snapshot.Version;
        p[2].Value = snapshot.Data;
        p[3].Value = savedAtUnixMs;
        _saveSnapshot.ExecuteNonQuery();
    }

    public void DeleteSnapshots(string keyPrefix)
    {
        _deleteSnapshots.Parameters[0].Value = keyPrefix;
        _deleteSnapshots.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var command in _all)
        {
            command.Dispose();
        }

        _insert.Dispose();
    }

    private SqliteCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameterNames)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        _all.Add(command);
        return command;
    }
}
