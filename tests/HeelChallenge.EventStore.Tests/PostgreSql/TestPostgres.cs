using Npgsql;

namespace HeelChallenge.EventStore.Tests.PostgreSql;

/// <summary>
/// The PostgreSQL server the tests use: HEELCHALLENGE_TEST_POSTGRES, else the local server .ci/prepare installs and
/// starts (user postgres, password postgres). Each test object works in schemas of its own and drops them after.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "HEELCHALLENGE_TEST_POSTGRES";

    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    public static string NewSchemaPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    public static async Task DropSchemasAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var schemas = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, $1)", connection))
        {
            list.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) schemas.Add(reader.GetString(0));
        }

        foreach (var schema in schemas)
        {
            await using var drop = new NpgsqlCommand($"DROP SCHEMA \"{schema}\" CASCADE", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
