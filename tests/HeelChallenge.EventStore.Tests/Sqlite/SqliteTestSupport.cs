using HeelChallenge.EventStore.Sqlite;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>Helpers for the SQLite-specific tests: events, a side connection to the file, polling with a deadline.</summary>
internal static class SqliteTestSupport
{
    public static string NewStreamId() => $"user-{Guid.NewGuid():N}";

    public static EventData NewEvent(string type = "SetLogged") => new(Guid.NewGuid(), type, """{"reps":10}""");

    public static SqliteEventStore Open(string path, bool groupCommit = true) =>
        new(new SqliteEventStoreOptions { DatabasePath = path, GroupCommit = groupCommit });

    /// <summary>An unpooled connection of the test's own, e.g. to hold the write lock or add a trigger.</summary>
    public static SqliteConnection OpenSideConnection(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public static void Execute(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    public static object? Scalar(this SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Waits for a condition set by another thread; fails after the deadline instead of sleeping a guessed time.</summary>
    public static async Task PollUntilAsync(Func<bool> condition, string what, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(1);
        }
    }
}
