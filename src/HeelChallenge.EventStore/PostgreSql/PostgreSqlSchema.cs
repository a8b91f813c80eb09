using Npgsql;

namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>
/// Creates and migrates the schema when a store opens. Step <c>i</c> moves a schema from version <c>i</c> to
/// <c>i + 1</c>; shipped steps are never edited, only appended. A transaction-scoped advisory lock keeps two silos
/// starting at once from migrating the same schema twice.
/// </summary>
internal static class PostgreSqlSchema
{
    // {0} is the quoted schema name.
    private static readonly string[] _migrations =
    [
        // 1: the log, its head, and the snapshots.
        // position: the global commit order. Appends lock the head row until they commit, so positions are handed out
        // and become visible in order, without gaps (see PostgreSqlWriter). data stays text: the exact JSON written.
        """
        CREATE TABLE {0}.events (
            position       bigint      PRIMARY KEY,
            stream_id      text        NOT NULL,
            stream_version bigint      NOT NULL,
            event_id       uuid        NOT NULL UNIQUE,
            type           text        NOT NULL,
            data           text        NOT NULL,
            metadata       text        NULL,
            recorded_at    timestamptz NOT NULL,
            UNIQUE (stream_id, stream_version)
        );
        CREATE TABLE {0}.log_head (
            id       int    PRIMARY KEY CHECK (id = 1),
            position bigint NOT NULL
        );
        INSERT INTO {0}.log_head (id, position) VALUES (1, 0);
        CREATE TABLE {0}.snapshots (
            key      text        PRIMARY KEY,
            version  bigint      NOT NULL,
            data     bytea       NOT NULL,
            saved_at timestamptz NOT NULL
        );
        """,
    ];

    public static async Task MigrateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        var quoted = Quote(schema);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock(hashtext('heelchallenge-schema:' || {Literal(schema)}))", cancellationToken);
        await ExecuteAsync(connection, $"CREATE SCHEMA IF NOT EXISTS {quoted}", cancellationToken);
        await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {quoted}.schema_version (version int NOT NULL)", cancellationToken);
        await using (var read = new NpgsqlCommand($"SELECT max(version) FROM {quoted}.schema_version", connection))
        {
            var version = await read.ExecuteScalarAsync(cancellationToken) is int v ? v : 0;
            if (version > _migrations.Length)
            {
                throw new InvalidOperationException(
                    $"The event store schema '{schema}' has version {version}, newer than this build knows ({_migrations.Length}). Refusing to open it.");
            }

            for (var step = version; step < _migrations.Length; step++)
            {
                await ExecuteAsync(connection, _migrations[step].Replace("{0}", quoted, StringComparison.Ordinal), cancellationToken);
                await ExecuteAsync(connection, $"INSERT INTO {quoted}.schema_version (version) VALUES ({step + 1})", cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>A double-quoted identifier (the schema name comes from configuration, never from a request).</summary>
    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
