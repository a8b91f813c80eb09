namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>A write waiting for the writer's next transaction: its caller hears back only after that commit.</summary>
internal abstract class PendingWrite
{
    /// <summary>The transaction committed: give the caller its answer.</summary>
    public abstract void Publish();

    /// <summary>The transaction failed: nothing of it is stored.</summary>
    public abstract void Fail(Exception exception);
}

/// <summary>
/// One <see cref="IEventStore.SaveSnapshotAsync"/> call. Snapshots ride in the appends' transactions, as in the SQLite
/// writer: a checkpoint saves hundreds of read models at once, and one WAL flush for all of them instead of one each
/// keeps the appends' latency flat.
/// </summary>
internal sealed class PendingSnapshot(string key, Snapshot snapshot) : PendingWrite
{
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Key { get; } = key;

    public Snapshot Snapshot { get; } = snapshot;

    public Task Completion => _completion.Task;

    public override void Publish() => _completion.TrySetResult();

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
