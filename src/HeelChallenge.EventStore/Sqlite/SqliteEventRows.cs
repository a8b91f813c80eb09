using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Reads event rows straight from SQLite's statement API on a pooled reader connection. Microsoft.Data.Sqlite's typed
/// getters cost more per column than SQLite's own step (a rebuild reads a million rows: the getters were most of the
/// read time); here each column is one call, blobs and text are read as spans (the event id without an array, the
/// type name, stream id and metadata shared across rows), and only the JSON is copied. Columns: position, stream_id, stream_version, event_id, type,
/// data, metadata, recorded_at.
/// </summary>
internal static class SqliteEventRows
{
    // Copied on write; event type names are few (one per event type ever stored).
    private static (byte[] Utf8, string Name)[] _typeNames = [];

    // Stream ids repeat (a user's stream holds all their sets); metadata takes a handful of values ({"recordedBy":...}).
    private static readonly Utf8StringCache StreamIds = new(4096);
    private static readonly Utf8StringCache Metadata = new(64);

    public static List<RecordedEvent> Read(SqliteConnection connection, TimeSpan busyTimeout, string sql, Action<sqlite3_stmt> bind, int capacity,
        CancellationToken cancellationToken)
    {
        var events = new List<RecordedEvent>(Math.Min(capacity, 1024));
        Step(connection, busyTimeout, sql, bind, row => events.Add(Row(row)), cancellationToken);
        return events;
    }

    /// <summary>As <see cref="Read"/>, into a pooled batch: no object or array per row.</summary>
    public static EventRowBatch ReadRows(SqliteConnection connection, TimeSpan busyTimeout, string sql, Action<sqlite3_stmt> bind, int capacity,
        CancellationToken cancellationToken)
    {
        var batch = EventRowBatch.Rent(Math.Min(capacity, 4096));
        try
        {
            Step(connection, busyTimeout, sql, bind, row => batch.Add(
                position: raw.sqlite3_column_int64(row, 0),
                streamId: StreamIds.Get(raw.sqlite3_column_blob(row, 1)),
                streamVersion: raw.sqlite3_column_int64(row, 2),
                eventId: new Guid(raw.sqlite3_column_blob(row, 3), bigEndian: true),
                type: TypeName(raw.sqlite3_column_blob(row, 4)),
                utf8Data: raw.sqlite3_column_blob(row, 5),
                metadata: MetadataOf(row),
                recordedAt: DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 7))), cancellationToken);
            return batch;
        }
        catch
        {
            batch.Dispose();
            throw;
        }
    }

    private static void Step(SqliteConnection connection, TimeSpan busyTimeout, string sql, Action<sqlite3_stmt> bind, Action<sqlite3_stmt> onRow,
        CancellationToken cancellationToken)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The reader connection is not open.");
        // A WAL reader waits only in rare moments (another connection recovering the WAL index): wait up to the store's
        // busy timeout there, as the typed API's retries did.
        raw.sqlite3_busy_timeout(db, (int)Math.Min(int.MaxValue, busyTimeout.TotalMilliseconds));
        var rc = raw.sqlite3_prepare_v2(db, sql, out var statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, db);
        using (statement)
        {
            bind(statement);
            var rows = 0;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if ((++rows & 1023) == 0) cancellationToken.ThrowIfCancellationRequested();
                onRow(statement);
            }

            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private static RecordedEvent Row(sqlite3_stmt row) => new(
        Position: raw.sqlite3_column_int64(row, 0),
        StreamId: StreamIds.Get(raw.sqlite3_column_blob(row, 1)),
        StreamVersion: raw.sqlite3_column_int64(row, 2),
        // Big-endian (RFC 4122) order, as the writer stores it; see the schema.
        EventId: new Guid(raw.sqlite3_column_blob(row, 3), bigEndian: true),
        Type: TypeName(raw.sqlite3_column_blob(row, 4)),
        // The JSON (a TEXT column) as its UTF-8 bytes, never a string (see RecordedEvent).
        Utf8Data: raw.sqlite3_column_blob(row, 5).ToArray(),
        Metadata: MetadataOf(row),
        RecordedAt: DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(row, 7)));

    private static string? MetadataOf(sqlite3_stmt row) =>
        raw.sqlite3_column_type(row, 6) == raw.SQLITE_NULL ? null : Metadata.Get(raw.sqlite3_column_blob(row, 6));

    private static string TypeName(ReadOnlySpan<byte> utf8)
    {
        foreach (var (bytes, name) in _typeNames)
        {
            if (utf8.SequenceEqual(bytes)) return name;
        }

        var added = Encoding.UTF8.GetString(utf8);
        // Bounded like any cache fed by stored data; past it, names are simply not shared.
        if (_typeNames.Length < 256) _typeNames = [.. _typeNames, (utf8.ToArray(), added)];
        return added;
    }
}
