namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Counters of one store instance since it was opened. The same figures go to <see cref="EventStoreMetrics"/>;
/// these exist so tests and diagnostics can look at a single instance without a metrics listener.
/// </summary>
/// <param name="Transactions">Write transactions committed.</param>
/// <param name="Appends">Append requests committed (including rejected ones: their answer was decided in a transaction).</param>
/// <param name="EventsAppended">Events stored.</param>
/// <param name="LargestBatch">Most append requests committed by one transaction.</param>
/// <param name="WalPagesWritten">Pages the writer wrote to the WAL (one frame each): the bytes a commit costs the disk.</param>
/// <param name="BackgroundCheckpointSyncs">Background checkpoint passes whose pages the checkpointer fsync'd itself.</param>
/// <param name="CheckpointBackstops">Times the writer waited for a background pass because appends had outrun them.</param>
public sealed record SqliteEventStoreStatistics(
    long Transactions, long Appends, long EventsAppended, int LargestBatch, long WalPagesWritten, long BackgroundCheckpointSyncs,
    long CheckpointBackstops = 0);
