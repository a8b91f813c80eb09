using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>The checkpointer's fsync goes through SQLite's own file handle: it must reach xSync and nothing else.</summary>
public sealed class SqliteFileSyncTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Given_a_database_with_checkpointed_rows_When_its_file_is_synced_Then_the_file_and_its_rows_are_unchanged()
    {
        var path = _directory.File("synced.db");
        using var connection = SqliteTestSupport.OpenSideConnection(path);
        connection.Execute("PRAGMA journal_mode = WAL");
        connection.Execute("CREATE TABLE t (v TEXT NOT NULL)");
        for (var i = 0; i < 100; i++) connection.Execute($"INSERT INTO t VALUES ('{new string('x', 500)}')");
        connection.Execute("PRAGMA wal_checkpoint(PASSIVE)");
        var length = new FileInfo(path).Length;

        SqliteFileSync.SyncMainDatabase(connection);
        SqliteFileSync.SyncMainDatabase(connection);

        // A wrong slot in the method table would have truncated, written or closed the file instead.
        Assert.Equal(length, new FileInfo(path).Length);
        Assert.Equal(100L, connection.Scalar("SELECT count(*) FROM t"));
        connection.Execute("INSERT INTO t VALUES ('after')");
        Assert.Equal("ok", connection.Scalar("PRAGMA integrity_check"));
    }

    [Fact]
    public void Given_a_closed_connection_When_synced_Then_invalid_operation()
    {
        using var connection = SqliteTestSupport.OpenSideConnection(_directory.File("closed.db"));
        connection.Close();

        Assert.Throws<InvalidOperationException>(() => SqliteFileSync.SyncMainDatabase(connection));
    }
}
