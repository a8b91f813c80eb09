using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>One-off statements (PRAGMAs, DDL) outside the hot path, where a prepared command would not pay off.</summary>
internal static class SqliteConnectionExtensions
{
    public static void ExecuteSql(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? ExecuteScalarSql(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
