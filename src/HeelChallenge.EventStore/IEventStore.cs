namespace HeelChallenge.EventStore;

/// <summary>
/// Durable, append-only log of events grouped in streams, with a global commit order.
/// Every backend passes the same contract tests (tests/HeelChallenge.EventStore.Tests).
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> to <paramref name="streamId"/> when the stream currently holds exactly
    /// <paramref name="expectedVersion"/> events (0 for a new stream). The returned task completes only after the
    /// events are durable (fsync'd). Events whose id is already stored in this stream are not stored again: a retry
    /// of a batch that already committed returns the original result instead of a conflict.
    /// </summary>
    /// <remarks>
    /// Retry rules, pinned by the contract tests: if every event is already stored in this stream, in this order at
    /// consecutive versions, the original <see cref="AppendResult.Committed"/> is returned whatever
    /// <paramref name="expectedVersion"/> says (Orleans re-reads and re-submits with the newer version) and nothing is
    /// stored. If only a leading run is stored that way, it is the stream's tail and <paramref name="expectedVersion"/>
    /// is the version before or after that run, the remaining events are stored after it; if the stream moved on,
    /// <see cref="AppendResult.WrongExpectedVersion"/>. Any other reuse of a stored id (in another stream, after a new
    /// event, or out of order) throws <see cref="ArgumentException"/> and stores nothing, because retrying cannot fix it.
    /// An empty list, an empty id or an id repeated within the list throws <see cref="ArgumentException"/>.
    /// </remarks>
    ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default);

    /// <summary>Events of one stream with version ≥ <paramref name="fromVersion"/> (versions start at 1), in order.</summary>
    Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>
    /// The events of one stream whose global position is below <paramref name="beforePosition"/>, in order: the stream
    /// as it stood at that point of the log (projections use it to catch up a participant who joins). The default reads
    /// the whole stream; backends answer from their index instead.
    /// </summary>
    async Task<IReadOnlyList<RecordedEvent>> ReadStreamBeforeAsync(string streamId, long beforePosition, CancellationToken cancellationToken = default)
    {
        var events = await ReadStreamAsync(streamId, 1, cancellationToken);
        return [.. events.Where(e => e.Position < beforePosition)];
    }

    /// <summary>
    /// Up to <paramref name="maxCount"/> events of the global log with position &gt; <paramref name="afterPosition"/>,
    /// in commit order. Never skips an event whose transaction commits after a later position became visible.
    /// </summary>
    Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same events as <see cref="ReadAllAsync"/>, as rows whose bytes live in pooled buffers until the batch is
    /// disposed: for readers that decode every event and drop the bytes (projections replaying the log). The default
    /// copies what <see cref="ReadAllAsync"/> returns; backends fill the batch straight from their reader.
    /// </summary>
    async Task<EventRowBatch> ReadAllRowsAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        EventRowBatch.From(await ReadAllAsync(afterPosition, maxCount, cancellationToken));

    /// <summary>The highest position committed so far (0 when the log is empty).</summary>
    Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores (replaces) a snapshot under <paramref name="key"/>, durable when the task completes.</summary>
    Task SaveSnapshotAsync(string key, Snapshot snapshot, CancellationToken cancellationToken = default);

    Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Deletes every snapshot whose key starts with <paramref name="keyPrefix"/> (used by projection rebuilds).</summary>
    Task DeleteSnapshotsAsync(string keyPrefix, CancellationToken cancellationToken = default);
}
