using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;

namespace HeelChallenge.Grains.EventSourcing;

/// <summary>
/// One grain's snapshot, stored under its stream id: loaded before the tail is read, saved once
/// <see cref="EventSourcingOptions.SnapshotEvery"/> events were confirmed since the last one (or half the last one's
/// version, if more: see <see cref="DueAfter"/>), and replaced at the next write when it turned out unusable (other
/// schema or format, unreadable bytes) or ahead of its log. A snapshot is a shortcut, never the truth.
/// </summary>
internal sealed class SnapshotKeeper<TState>(IEventStore store, int every, int schema, ISnapshotCodec<TState> codec, ILogger logger)
    where TState : class, new()
{
    private long _version;
    private bool _skipOnNextLoad;
    private bool _replace;

    /// <summary>The state to fold the tail onto and its version; a fresh state at 0 when there is no usable snapshot.
    /// Snapshots newer than <paramref name="notAfter"/> are not used (their events must be read one by one).</summary>
    public async Task<(TState State, long Version)> LoadAsync(string streamId, long? notAfter)
    {
        _version = 0;
        if (every <= 0) return (new TState(), 0);
        if (_skipOnNextLoad)
        {
            _skipOnNextLoad = false;
            _replace = true;
            return (new TState(), 0);
        }

        var snapshot = await store.LoadSnapshotAsync(streamId);
        if (snapshot is null || snapshot.Version > notAfter) return (new TState(), 0);
        if (codec.TryDeserialize(snapshot.Data, schema, out var state, out var problem))
        {
            _version = snapshot.Version;
            return (state!, snapshot.Version);
        }

        logger.LogWarning("Ignoring the snapshot of {StreamId}: {Problem}; it is replaced at the next write.", streamId, problem);
        _replace = true;
        return (new TState(), 0);
    }

    /// <summary>The loaded snapshot does not meet its stream: the state was replayed from the first event instead.</summary>
    public void Discard()
    {
        _version = 0;
        _replace = true;
    }

    /// <summary>The stream holds fewer events than the snapshot claimed: the next load replays from the first event.</summary>
    public void DistrustOnNextLoad() => _skipOnNextLoad = true;

    /// <summary>Serializes now (the bytes match <paramref name="version"/>) and stores in the background.</summary>
    public void SaveIfDue(string streamId, TState state, long version)
    {
        if (every <= 0 || (version - _version < DueAfter(_version) && !_replace)) return;
        var snapshot = new Snapshot(codec.Serialize(state, schema), version);
        _version = version;
        _replace = false;
        _ = SaveAsync(streamId, snapshot);
    }

    /// <summary>
    /// Events to confirm after a snapshot of <paramref name="snapshotVersion"/> before the next is due. A snapshot
    /// serializes and writes the whole state, which grows with the stream: at a fixed interval its cost per event grew
    /// without bound (a user with 1,000 sets wrote a 250 KB large-object snapshot every 200 sets, ~1.2 KB per 0.3 KB
    /// event, and fed gen-2 collections). Growing the interval with the version keeps that cost per event constant,
    /// while a load still reads at most the snapshot plus half as many events again.
    /// </summary>
    private long DueAfter(long snapshotVersion) => Math.Max(every, snapshotVersion / 2);

    private async Task SaveAsync(string streamId, Snapshot snapshot)
    {
        try
        {
            await store.SaveSnapshotAsync(streamId, snapshot);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Saving the snapshot of {StreamId} at v{Version} failed; the next one is due in {Every} events.",
                streamId, snapshot.Version, every);
        }
    }
}
