namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// The writer's per-instance counters, also forwarded to the process-wide <see cref="EventStoreMetrics"/>.
/// Written by the writer thread only, read from any thread.
/// </summary>
internal sealed class SqliteWriterCounters
{
    private long _batchesStarted;
    private long _transactions;
    private long _appends;
    private long _eventsAppended;
    private int _largestBatch;
    private long _walPagesWritten;
    private long _checkpointBackstops;

    /// <summary>Batches taken from the queue, committed or not: lets tests know a request left the queue.</summary>
    public long BatchesStarted => Interlocked.Read(ref _batchesStarted);

    public SqliteEventStoreStatistics Snapshot(long backgroundCheckpointSyncs) => new(
        Interlocked.Read(ref _transactions), Interlocked.Read(ref _appends), Interlocked.Read(ref _eventsAppended), Volatile.Read(ref _largestBatch),
        Interlocked.Read(ref _walPagesWritten), backgroundCheckpointSyncs, Interlocked.Read(ref _checkpointBackstops));

    public void BatchStarted() => Interlocked.Increment(ref _batchesStarted);

    public void CheckpointBackstop()
    {
        Interlocked.Increment(ref _checkpointBackstops);
        EventStoreMetrics.CheckpointBackstops.Add(1);
    }

    public void Committed(int appends, int events, long walPagesWritten, double elapsedMs)
    {
        Interlocked.Increment(ref _transactions);
        Interlocked.Exchange(ref _walPagesWritten, walPagesWritten);
        Interlocked.Add(ref _appends, appends);
        Interlocked.Add(ref _eventsAppended, events);
        if (appends > Volatile.Read(ref _largestBatch))
        {
            Volatile.Write(ref _largestBatch, appends); // single writer thread: no lost update
        }

        EventStoreMetrics.CommitDuration.Record(elapsedMs);
        if (appends > 0)
        {
            EventStoreMetrics.AppendsPerTransaction.Record(appends);
        }

        if (events > 0)
        {
            EventStoreMetrics.EventsAppended.Add(events);
        }
    }
}
