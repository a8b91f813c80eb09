namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// The writer's knowledge of each stream's current version, so the optimistic-concurrency check costs a dictionary
/// lookup instead of a query. Versions written by the open transaction are kept apart (pending) and become
/// committed knowledge only when the transaction commits; a rollback simply forgets them.
/// Used by the writer thread only: not thread-safe.
/// </summary>
internal sealed class StreamVersionCache(int capacity)
{
    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _pending = new(StringComparer.Ordinal);

    /// <summary>The version as the open transaction sees it: its own writes first, then committed state.</summary>
    public bool TryGet(string streamId, out long version) =>
        _pending.TryGetValue(streamId, out version) || _committed.TryGetValue(streamId, out version);

    /// <summary>
    /// A version read from the database inside the open transaction, for a stream that transaction has not written
    /// (else it would be pending): it is committed state and stays valid even if the transaction rolls back.
    /// </summary>
    public void SetLoaded(string streamId, long version) => _committed[streamId] = version;

    public void SetPending(string streamId, long version) => _pending[streamId] = version;

    public void Commit()
    {
        // Crude but bounded: past the capacity start over and reload lazily (one indexed MAX() per stream).
        if (_committed.Count + _pending.Count > capacity)
        {
            _committed.Clear();
        }

        foreach (var (streamId, version) in _pending)
        {
            _committed[streamId] = version;
        }

        _pending.Clear();
    }

    public void Rollback() => _pending.Clear();

    /// <summary>Forgets everything, e.g. when another connection wrote to the file.</summary>
    public void Clear()
    {
        _committed.Clear();
        _pending.Clear();
    }
}
