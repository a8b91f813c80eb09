using HeelChallenge.EventStore;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>The real SQLite store; while <see cref="SnapshotFaults.FailProjectionSaves"/> is on, projection snapshots
/// (read models and checkpoints) cannot be saved — a silo that dies before saving, as far as the log is concerned.</summary>
public sealed class ProjectionTestStore(IEventStore inner, SnapshotFaults faults) : IEventStore
{
    public ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default) =>
        inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

    public Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default) => inner.ReadHeadPositionAsync(cancellationToken);

    public Task SaveSnapshotAsync(string key, Snapshot snapshot, CancellationToken cancellationToken = default) =>
        faults.FailProjectionSaves && key.StartsWith(ProjectionKeys.Prefix, StringComparison.Ordinal)
            ? Task.FromException(new IOException($"Injected: saving {key} failed."))
            : inner.SaveSnapshotAsync(key, snapshot, cancellationToken);

    public Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken = default) =>
        inner.LoadSnapshotAsync(key, cancellationToken);

    public Task DeleteSnapshotsAsync(string keyPrefix, CancellationToken cancellationToken = default) =>
        inner.DeleteSnapshotsAsync(keyPrefix, cancellationToken);
}
