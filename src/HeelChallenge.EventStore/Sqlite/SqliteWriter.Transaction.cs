using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>The writer's bookkeeping around each transaction: what it reloads first, what it undoes on failure.</summary>
internal sealed partial class SqliteWriter
{
    /// <summary>
    /// Runs first in every transaction, under the write lock. PRAGMA data_version changes only when another connection
    /// committed; then (or after a failed batch) the cached head and stream versions may be stale, so reload them.
    /// This keeps the store correct even if some other process wrote to the file, at the cost of one tiny query.
    /// </summary>
    private void SyncWithDatabase()
    {
        var dataVersion = _commands.ReadDataVersion();
        if (!_synced || dataVersion != _dataVersion)
        {
            _versions.Clear();
            _committedHead = _commands.ReadHeadPosition();
            _dataVersion = dataVersion;
            _synced = true;
        }

        _appender.BeginBatch(_committedHead);
    }

    /// <summary>Asks for a background checkpoint each time this connection wrote another threshold's worth of WAL pages.</summary>
    private void RequestCheckpointIfDue(long written)
    {
        if (written - _walPagesAtLastCheckpoint < SqliteConnections.CheckpointEveryPages) return;
        _walPagesAtLastCheckpoint = written;
        _checkpointer.Request();
    }

    private void RollBack()
    {
        _versions.Rollback();
        _synced = false;
        try
        {
            _commands.RollbackIfActive();
        }
        catch (SqliteException)
        {
            // Nothing more to do: the next BEGIN fails too if the connection is really broken, failing that batch.
        }
    }
}
