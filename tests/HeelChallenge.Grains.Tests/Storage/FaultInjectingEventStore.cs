using HeelChallenge.EventStore;

namespace HeelChallenge.Grains.Tests.Storage;

/// <summary>The real SQLite store with faults a test can arm per stream (<see cref="StoreFaults"/>); disarmed, it
/// only forwards. This is how the tests reach the failure paths of Orleans' CustomStorage adaptor.</summary>
public sealed class FaultInjectingEventStore(IEventStore inner, StoreFaults faults) : IEventStore
{
    public async ValueTask<AppendResult> AppendAsync(string streamId, long expectedVersion, IReadOnlyList<EventData> events, CancellationToken cancellationToken = default)
    {
        switch (faults.Take(streamId))
        {
            case StoreFaults.Kind.ThrowBeforeCommit:
                throw new IOException($"Injected: the store is unreachable for {streamId}.");
            case StoreFaults.Kind.ReportConflict:
                var actual = (await inner.ReadStreamAsync(streamId, 1, cancellationToken)).Count;
                return new AppendResult.WrongExpectedVersion(actual);
            case StoreFaults.Kind.ThrowAfterCommit:
                await inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);
                throw new TimeoutException($"Injected: the acknowledgement of an append to {streamId} was lost.");
            default:
                return await inner.AppendAsync(streamId, expectedVersion, events, cancellationToken);
        }
    }

    public Task<IReadOnlyList<RecordedEvent>> ReadStreamAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default) =>
        inner.ReadStreamAsync(streamId, fromVersion, cancellationToken);

    public Task<IReadOnlyList<RecordedEvent>> ReadAllAsync(long afterPosition, int maxCount, CancellationToken cancellationToken = default) =>
        inner.ReadAllAsync(afterPosition, maxCount, cancellationToken);

    public Task<long> ReadHeadPositionAsync(CancellationToken cancellationToken = default) => inner.ReadHeadPositionAsync(cancellationToken);

    public Task SaveSnapshotAsync(string key, Snapshot snapshot, CancellationToken cancellationToken = default) =>
        inner.SaveSnapshotAsync(key, snapshot, cancellationToken);

    public Task<Snapshot?> LoadSnapshotAsync(string key, CancellationToken cancellationToken = default) =>
        inner.LoadSnapshotAsync(key, cancellationToken);

    public Task DeleteSnapshotsAsync(string keyPrefix, CancellationToken cancellationToken = default) =>
        inner.DeleteSnapshotsAsync(keyPrefix, cancellationToken);
}
