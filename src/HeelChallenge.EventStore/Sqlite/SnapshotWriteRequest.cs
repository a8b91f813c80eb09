namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// A snapshot save or prefix delete. Snapshot writes go through the writer queue like appends: one writer means no
/// SQLITE_BUSY between snapshot writes and appends, and they share the appends' durable (fsync'd) group commits.
/// </summary>
internal sealed class SnapshotWriteRequest : WriteRequest
{
    // Completed only from the writer's answering work item (never on the writer thread): see SqliteWriter.Answer.
    private readonly TaskCompletionSource _completion = new();

    private SnapshotWriteRequest(string key, Snapshot? snapshot)
    {
        Key = key;
        Snapshot = snapshot;
    }

    /// <summary>The key to replace, or the prefix of the keys to delete when <see cref="Snapshot"/> is null.</summary>
    public string Key { get; }

    public Snapshot? Snapshot { get; }

    public Task Completion => _completion.Task;

    public static SnapshotWriteRequest Save(string key, Snapshot snapshot) => new(key, snapshot);

    public static SnapshotWriteRequest DeleteByPrefix(string keyPrefix) => new(keyPrefix, null);

    public override void Publish() => _completion.TrySetResult();

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected override void SetCanceled(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}
