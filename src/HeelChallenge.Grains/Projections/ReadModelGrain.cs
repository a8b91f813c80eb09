using System.Text;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Base of read-model grains. Applies each delivered event exactly once (skips positions at or below the last applied
/// one), discards its state when a newer generation arrives (a rebuild), and keeps its state in a snapshot
/// {generation, position, applied count, state} saved lazily: on <see cref="Flush"/>, every
/// <see cref="ProjectionOptions.ReadModelSaveEvery"/> events, and when deactivated.
/// </summary>
public abstract partial class ReadModelGrain(ReadModelServices services) : Grain, IProjectionReadModel
{
    private const int Format = 1;

    private readonly Guid _incarnation = Guid.NewGuid();
    private long _generation;
    private long _applied;
    private long _saved;
    private long _appliedEvents;
    private long _unsaved;
    private bool _dirty;
    private int _lastSnapshotSize;

    protected ReadModelServices Services => services;

    /// <summary>The key of this read model's snapshot (see <see cref="ProjectionKeys.ReadModel"/>).</summary>
    protected abstract string SnapshotKey { get; }

    /// <summary>Bump when the state's binary shape changes (together with the kind's routes schema).</summary>
    protected abstract int StateSchema { get; }

    /// <summary>The last log position applied to the state.</summary>
    protected long AppliedPosition => _applied;

    /// <summary>Back to the empty state, as before the first event.</summary>
    protected abstract void ResetState();

    /// <summary>Folds one event (it may read the store, e.g. a participant's earlier sets).</summary>
    protected abstract ValueTask ApplyAsync(ProjectedEvent projected);

    protected abstract void WriteState(BinaryWriter writer);

    protected abstract void ReadState(BinaryReader reader);

    /// <summary>After a delivery was applied (or the state was loaded or reset): e.g. tell watchers.</summary>
    protected virtual void OnStateChanged() { }

    /// <summary>
    /// After every delivery this read model accepted, even one whose events were all applied before (a redelivery):
    /// e.g. pass results on to other grains. Throwing fails the delivery, and the projector's rewind calls it again.
    /// </summary>
    protected virtual ValueTask OnDeliveredAsync() => ValueTask.CompletedTask;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var snapshot = await services.Store.LoadSnapshotAsync(SnapshotKey, cancellationToken);
        if (snapshot is not null && !TryLoad(snapshot))
        {
            // The next rebuild (a schema bump starts one) fills it again; until then it starts empty.
            ResetState();
            (_generation, _applied, _appliedEvents) = (0, 0, 0);
        }

        OnStateChanged();
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (!_dirty) return;
        try
        {
            await SaveAsync();
        }
        catch (Exception e)
        {
            // The projector notices (the next activation starts from an older position) and replays.
            LogSaveOnDeactivationFailed(Services.Logger, e, SnapshotKey);
        }
    }

    public async Task<ReadModelAck> Apply(ProjectionDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (delivery.Generation < _generation) return Ack();
        if (delivery.Generation > _generation)
        {
            ResetState();
            (_generation, _applied, _saved, _appliedEvents, _unsaved, _dirty) = (delivery.Generation, 0, 0, 0, 0, true);
        }

        // This activation lost events it had applied (it restarted before saving them): applying later ones would leave
        // a hole the projector's rewind cannot fill, because redelivered positions below ours would be skipped.
        if (_applied < delivery.AppliedAtLeast) return Ack();

        var changed = false;
        try
        {
            foreach (var projected in delivery.Events)
            {
                if (projected.Position <= _applied) continue;
                await ApplyAsync(projected);
                (_applied, _dirty, changed) = (projected.Position, true, true);
                _appliedEvents++;
                _unsaved++;
            }
        }
        finally
        {
            if (changed) OnStateChanged();
        }

        await OnDeliveredAsync();
        if (_unsaved >= services.Options.ReadModelSaveEvery) await SaveAsync();
        return Ack();
    }

    public async Task<ReadModelAck> Flush()
    {
        if (_dirty) await SaveAsync();
        return Ack();
    }

    public Task<ReadModelStatus> GetProjectionStatus() =>
        Task.FromResult(new ReadModelStatus(_generation, _applied, _saved, _appliedEvents, _incarnation));

    private ReadModelAck Ack() => new(_applied, _saved);

    private async Task SaveAsync()
    {
        var (position, data) = (_applied, Serialize());
        await services.Store.SaveSnapshotAsync(SnapshotKey, new Snapshot(data, position));
        _saved = position;
        if (_applied == position)
        {
            _dirty = false;
            _unsaved = 0;
        }
    }

    private byte[] Serialize()
    {
        // A new buffer is sized from the last snapshot, or before the first (a rebuild's end) from the events applied
        // (10-30 bytes each in every kind's state): a big state's buffer then grows once or twice, not all the way up.
        var expected = _lastSnapshotSize > 0 ? _lastSnapshotSize + (_lastSnapshotSize / 4) : (int)Math.Min(_appliedEvents * 16, 64 << 20);
        var stream = SnapshotBuffers.Rent(expected);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(StateSchema);
            writer.Write(_generation);
            writer.Write(_appliedEvents);
            WriteState(writer);
        }

        var bytes = SnapshotBuffers.Detach(stream);
        _lastSnapshotSize = bytes.Length;
        return bytes;
    }

    private bool TryLoad(Snapshot snapshot)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(snapshot.Data));
            if (reader.ReadInt32() != Format || reader.ReadInt32() != StateSchema)
            {
                LogSnapshotIgnored(Services.Logger, SnapshotKey, "another format or schema");
                return false;
            }

            (_generation, _appliedEvents, _lastSnapshotSize) = (reader.ReadInt64(), reader.ReadInt64(), snapshot.Data.Length);
            ReadState(reader);
            (_applied, _saved) = (snapshot.Version, snapshot.Version);
            return true;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidOperationException)
        {
            LogSnapshotIgnored(Services.Logger, SnapshotKey, e.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not save read model {Key} while deactivating.")]
    private static partial void LogSaveOnDeactivationFailed(ILogger logger, Exception exception, string key);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ignoring the snapshot of read model {Key}: {Problem}. Rebuild the projection.")]
    private static partial void LogSnapshotIgnored(ILogger logger, string key, string problem);
}
