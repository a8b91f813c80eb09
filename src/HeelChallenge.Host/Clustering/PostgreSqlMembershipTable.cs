using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;

namespace HeelChallenge.Host.Clustering;

/// <summary>
/// Orleans cluster membership in the event store's PostgreSQL schema (cluster mode: one database for everything).
/// The table version row is the concurrency token: inserts and updates lock it, check its etag and move it on, all in
/// one transaction, so two silos changing membership at once cannot both win. Heartbeats (I-am-alive) touch only
/// their own column and leave every etag as it was, as Orleans expects.
/// </summary>
public sealed class PostgreSqlMembershipTable(HostSettings settings, IOptions<ClusterOptions> cluster) : IMembershipTable, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(settings.PostgreSqlOptions.ConnectionString);
    private readonly string _schema = "\"" + settings.PostgreSqlSchema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    private readonly string _clusterId = cluster.Value.ClusterId;

    /// <summary>Creates the two tables beside the event store's (idempotent; the event store owns the schema itself).</summary>
    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                // The event store's migration lock: whoever creates the schema first, the other waits.
                BatchCommand("SELECT pg_advisory_xact_lock(hashtext('heelchallenge-schema:' || $1))", settings.PostgreSqlSchema),
                BatchCommand($"CREATE SCHEMA IF NOT EXISTS {_schema}"),
                BatchCommand($"CREATE TABLE IF NOT EXISTS {_schema}.membership_version (cluster_id text PRIMARY KEY, version int NOT NULL, etag bigint NOT NULL)"),
                BatchCommand($"""
                    CREATE TABLE IF NOT EXISTS {_schema}.membership (
                        cluster_id text NOT NULL, address text NOT NULL, status int NOT NULL, entry text NOT NULL, i_am_alive timestamptz NOT NULL,
                        PRIMARY KEY (cluster_id, address))
                    """),
            },
        };
        if (tryInitTableVersion)
            batch.BatchCommands.Add(BatchCommand($"INSERT INTO {_schema}.membership_version (cluster_id, version, etag) VALUES ($1, 0, 0) ON CONFLICT DO NOTHING", _clusterId));
        await batch.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                BatchCommand($"DELETE FROM {_schema}.membership WHERE cluster_id = $1", clusterId),
                BatchCommand($"DELETE FROM {_schema}.membership_version WHERE cluster_id = $1", clusterId),
            },
        };
        await batch.ExecuteNonQueryAsync();
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        // Not only Dead: a silo that crashed while joining never became Active and would otherwise stay forever.
        await using var command = Command($"DELETE FROM {_schema}.membership WHERE cluster_id = $1 AND status <> $2 AND i_am_alive < $3",
            _clusterId, (int)SiloStatus.Active, beforeDate.UtcDateTime);
        await command.ExecuteNonQueryAsync();
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key) => ReadAsync(key.ToParsableString());

    public Task<MembershipTableData> ReadAll() => ReadAsync(null);

    public Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion) =>
        ChangeAsync(tableVersion, $"""
            INSERT INTO {_schema}.membership (cluster_id, address, status, entry, i_am_alive) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT DO NOTHING
            """, entry);

    /// <summary>Guarded by the table etag alone (Orleans allows it): a heartbeat never invalidates a read row. Another
    /// silo's update carries the heartbeat it read, so the stored one only ever moves forward.</summary>
    public Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion) =>
        ChangeAsync(tableVersion, $"""
            UPDATE {_schema}.membership SET status = $3, entry = $4, i_am_alive = GREATEST(i_am_alive, $5) WHERE cluster_id = $1 AND address = $2
            """, entry);

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        await using var command = Command($"UPDATE {_schema}.membership SET i_am_alive = $3 WHERE cluster_id = $1 AND address = $2",
            _clusterId, entry.SiloAddress.ToParsableString(), entry.IAmAliveTime.ToUniversalTime());
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>One statement, so the rows and the table version are read atomically (one snapshot).</summary>
    private async Task<MembershipTableData> ReadAsync(string? address)
    {
        await using var command = Command($"""
            SELECT v.version, v.etag, m.entry, m.i_am_alive
            FROM {_schema}.membership_version v
            LEFT JOIN {_schema}.membership m ON m.cluster_id = v.cluster_id AND ($2::text IS NULL OR m.address = $2)
            WHERE v.cluster_id = $1
            """, _clusterId, (object?)address ?? DBNull.Value);
        command.Parameters[1].NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Tuple<MembershipEntry, string>>();
        TableVersion? version = null;
        while (await reader.ReadAsync())
        {
            version ??= new TableVersion(reader.GetInt32(0), MembershipRow.Etag(reader.GetInt64(1)));
            if (reader.IsDBNull(2)) continue;
            var entry = MembershipRow.FromJson(reader.GetString(2), DateTime.SpecifyKind(reader.GetDateTime(3), DateTimeKind.Utc));
            // The row etag is the table etag it was read with: UpdateRow checks the table etag, not this one.
            rows.Add(Tuple.Create(entry, version.VersionEtag));
        }

        return new MembershipTableData(rows, version ?? new TableVersion(0, MembershipRow.Etag(0)));
    }

    /// <summary>Locks the version row, checks its etag, applies the row change, moves the version on; false on any mismatch.</summary>
    private async Task<bool> ChangeAsync(TableVersion tableVersion, string rowSql, MembershipEntry entry)
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var check = new NpgsqlCommand($"SELECT etag FROM {_schema}.membership_version WHERE cluster_id = $1 FOR UPDATE", connection, transaction))
        {
            check.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
            if (await check.ExecuteScalarAsync() is not long etag || MembershipRow.Etag(etag) != tableVersion.VersionEtag) return false;
        }

        await using (var change = new NpgsqlCommand(rowSql, connection, transaction))
        {
            foreach (var value in new object[] { _clusterId, entry.SiloAddress.ToParsableString(), (int)entry.Status, MembershipRow.ToJson(entry), entry.IAmAliveTime.ToUniversalTime() })
                change.Parameters.Add(new NpgsqlParameter { Value = value });
            if (await change.ExecuteNonQueryAsync() != 1) return false;
        }

        await using (var move = new NpgsqlCommand($"UPDATE {_schema}.membership_version SET version = $2, etag = etag + 1 WHERE cluster_id = $1", connection, transaction))
        {
            move.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _clusterId });
            move.Parameters.Add(new NpgsqlParameter<int> { TypedValue = tableVersion.Version });
            await move.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return true;
    }

    private NpgsqlCommand Command(string sql, params object[] values)
    {
        var command = _dataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }

    private static NpgsqlBatchCommand BatchCommand(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
        return command;
    }
}
