using System.Globalization;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>Connection strings and per-connection settings of the writer and the readers.</summary>
internal static class SqliteConnections
{
    // 32 MiB of page cache on the writer: the event-id index takes random inserts, keep its hot pages in memory.
    private const int WriterCacheKib = 32 * 1024;

    // Checkpoint every ~40 MB of WAL instead of SQLite's 4 MB: each append dirties random index pages
    // (event_id, stream_id) and a longer interval lets one checkpoint write a hot page once instead of many times.
    // Measured ~1.4x appends/s with group commit on the 2-core dev machine. Bigger WALs recover slower, so not more.
    // The checkpoint itself runs on SqliteCheckpointer's thread, not in the writer's commits (autocheckpoint off).
    public const int CheckpointEveryPages = 10_000;

    // Cap the WAL file left behind after checkpoints so a burst does not leave a huge file on disk.
    private const long JournalSizeLimitBytes = 64L * 1024 * 1024;

    /// <summary>
    /// Opens the single writer connection. Not pooled: disposing the store must really close the file,
    /// so that a store opened afterwards (or another process) starts from what is on disk.
    /// </summary>
    public static SqliteConnection OpenWriter(string path, TimeSpan busyTimeout)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)busyTimeout.TotalSeconds),
        }.ToString();

        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.ExecuteSql($"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}");

            // WAL: readers never block behind the writer and the writer never blocks behind readers.
            var mode = Convert.ToString(connection.ExecuteScalarSql("PRAGMA journal_mode = WAL"), CultureInfo.InvariantCulture);
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"SQLite refused WAL mode for '{path}' (journal_mode is '{mode}').");
            }

            // FULL: in WAL mode the log is fsync'd at every commit, so an acknowledged append survives kill -9
            // and power loss. NORMAL would only survive a process crash. Durability is not negotiable here.
            connection.ExecuteSql("PRAGMA synchronous = FULL");
            connection.ExecuteSql($"PRAGMA cache_size = -{WriterCacheKib}");
            connection.ExecuteSql("PRAGMA wal_autocheckpoint = 0");
            connection.ExecuteSql($"PRAGMA journal_size_limit = {JournalSizeLimitBytes}");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Readers share a pool (Microsoft.Data.Sqlite pools per connection string) and never write, so in WAL mode
    /// each read sees the last committed snapshot without waiting for the writer.
    /// </summary>
    public static string ReaderConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = true,
    }.ToString();
}
