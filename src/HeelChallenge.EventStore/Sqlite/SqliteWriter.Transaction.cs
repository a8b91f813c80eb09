using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Sqlite;

/// <summary>The writer's bookkeeping around each transaction: what it reloads first, what it undoes on failure.</summary>
internal sealed partial class SqliteWriter
{
    /// <summary>WAL growth since the last restart, in checkpoint thresholds, past which the writer waits for a pass.</summary>
    private const int WalBackstopThresholds = 2;

    /// <summary>The longest the writer waits for a pass; after it the appends go on and the WAL grows until one ends.</summary>
    private static readonly TimeSpan BackstopWait = TimeSpan.FromSeconds(10);

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

    /// <summary>
    /// After a background pass, copies the tail it left so the WAL restarts. If appends have written
    /// <see cref="WalBackstopThresholds"/> thresholds since the last restart while a pass is still running (the passes
    /// fall behind: a loaded machine, a slow disk), first waits for it: the appends queued meanwhile wait with it, the
    /// back-pressure that keeps the WAL file bounded instead of growing for as long as the overload lasts. With no
    /// pass running there is nothing to wait for (e.g. a long read pins old frames, which no pass can copy): the WAL
    /// then grows as before until the reader finishes.
    /// </summary>
    private void CheckpointTailIfDue()
    {
        var written = _commands.WalPagesWritten();
        var finished = _checkpointer.TakeFinishedPass();
        if (!finished && written - _walPagesAtLastTail >= WalBackstopThresholds * SqliteConnections.CheckpointEveryPages
            && _checkpointer.IsBusy)
        {
            _counters.CheckpointBackstop();
            finished = _checkpointer.WaitForFinishedPass(BackstopWait);
        }

        if (finished && _commands.CheckpointTail()) _walPagesAtLastTail = written;
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
