using Npgsql;

namespace HeelChallenge.Testing;

/// <summary>
/// The PostgreSQL server tests use: HEELCHALLENGE_TEST_POSTGRES, else the local server .ci/prepare installs and
/// starts (user postgres, password postgres). Tests work in schemas of their own and drop them after.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "HEELCHALLENGE_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    public static string NewSchemaPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task DropSchemaAsync(string schema)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Drops every schema whose name starts with <paramref name="prefix"/>.</summary>
    public static async Task DropSchemasAsync(string prefix)
    {
        var schemas = new List<string>();
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var list = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)", connection);
            list.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) schemas.Add(reader.GetString(0));
        }

        foreach (var schema in schemas) await DropSchemaAsync(schema);
    }
}
