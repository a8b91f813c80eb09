using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Creates and migrates the schema when a store opens. The version lives in <c>PRAGMA user_version</c>;
/// step <c>i</c> moves a database from version <c>i</c> to <c>i + 1</c>. Shipped steps are never edited, only appended.
/// </summary>
internal static class SqliteSchema
{
    private static readonly string[] _migrations =
    [
        // 1: the log and the snapshots.
        // position is the rowid (INTEGER PRIMARY KEY): the global commit order, assigned by the single writer.
        // event_id is unique across streams (the idempotency key): the Guid's 16 bytes in RFC 4122 (big-endian) order,
        // so hex(event_id) reads like the Guid's string form when an operator looks at the file.
        // recorded_at is Unix time in milliseconds (UTC) of the transaction that stored the event.
        """
        CREATE TABLE events (
            position       INTEGER PRIMARY KEY,
            stream_id      TEXT    NOT NULL,
            stream_version INTEGER NOT NULL,
            event_id       BLOB    NOT NULL UNIQUE,
            type           TEXT    NOT NULL,
            data           TEXT    NOT NULL,
            metadata       TEXT    NULL,
            recorded_at    INTEGER NOT NULL,
            UNIQUE (stream_id, stream_version)
        );
        CREATE TABLE snapshots (
            key      TEXT    PRIMARY KEY,
            version  INTEGER NOT NULL,
            data     BLOB    NOT NULL,
            saved_at INTEGER NOT NULL
        );
        """,
    ];

    public static void Migrate(SqliteConnection connection)
    {
        // IMMEDIATE takes the write lock up front, so two processes opening one new file cannot both create tables.
        connection.ExecuteSql("BEGIN IMMEDIATE");
        try
        {
            var version = Convert.ToInt32(connection.ExecuteScalarSql("PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > _migrations.Length)
            {
                throw new InvalidOperationException(
                    $"The event store file has schema version {version}, newer than this build knows ({_migrations.Length}). Refusing to open it.");
            }

            for (var step = version; step < _migrations.Length; step++)
            {
                connection.ExecuteSql(_migrations[step]);

                // user_version lives in the file header and is written inside this transaction, so a crash
                // mid-migration leaves neither the new tables nor the new version number.
                connection.ExecuteSql(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {step + 1}"));
            }

            connection.ExecuteSql("COMMIT");
        }
        catch
        {
            connection.ExecuteSql("ROLLBACK");
            throw;
        }
    }
}
