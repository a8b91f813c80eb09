using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;

namespace HeelChallenge.Grains.Projections;

/// <summary>Checkpoints, rebuilds, failures and rewinds, and the status they add up to.</summary>
public sealed partial class ProjectorGrain
{
    private async Task CheckpointCoreAsync()
    {
        var started = Now;
        await _delivery.DrainAsync();
        var entries = _delivery.Tracker.Entries;
        var acks = await Task.WhenAll(entries.Select(e => e.Target.Flush()));
        for (var i = 0; i < entries.Count; i++)
        {
            DeliveryTracker.Flushed(entries[i], acks[i]);
        }

        var position = _position;
        var rebuild = _rebuild is { CompletedAt: null } r && r.Generation == _generation && position >= r.TargetPosition
            ? r with { CompletedAt = Now }
            : _rebuild;
        await SaveCheckpointAsync(position, rebuild);
        if (rebuild != _rebuild) LogRebuildCompleted(logger, Kind, rebuild!.TargetPosition, (rebuild.CompletedAt!.Value - rebuild.StartedAt).TotalSeconds);
        (_checkpoint, _rebuild) = (position, rebuild);
        _delivery.Tracker.Clear();
        _lastCheckpointAt = Now;
        var took = Now - started;
        _checkpointEvery = took * 5 > _options.CheckpointInterval ? took * 5 : _options.CheckpointInterval;
    }

    private Task SaveCheckpointAsync(long position, RebuildMark? rebuild) =>
        store.SaveSnapshotAsync(ProjectionKeys.Checkpoint(Kind), new Snapshot(ProjectorCheckpoint.Write(_generation, _routes, rebuild), position));

    /// <summary>Loads generation, position and routing state; false when there is none this code can use.</summary>
    private async Task<bool> LoadCheckpointAsync()
    {
        StopReader();
        await _delivery.AbandonAsync();
        var snapshot = await store.LoadSnapshotAsync(ProjectionKeys.Checkpoint(Kind));
        if (snapshot is null || !ProjectorCheckpoint.TryRead(snapshot.Data, _routes, out var generation, out var schema, out var rebuild))
        {
            _routes.Reset();
            (_generation, _position, _checkpoint, _rebuild) = (0, 0, 0, null);
            return false;
        }

        (_generation, _position, _checkpoint, _rebuild) = (generation, snapshot.Version, snapshot.Version, rebuild);
        if (schema == _routes.Schema) return true;
        LogSchemaChanged(logger, Kind, schema, _routes.Schema);
        return false;
    }

    /// <summary>
    /// Starts a new generation at position 0. The generation is a timestamp (or the next number), so it is newer than
    /// any read model's even when the old checkpoint was lost: each read model resets when the replay reaches it.
    /// </summary>
    private async Task BeginRebuildAsync(string why)
    {
        StopReader();
        await _delivery.AbandonAsync();
        _routes.Reset();
        _generation = Math.Max(Now.UtcTicks, _generation + 1);
        (_position, _checkpoint, _failures, _retryAt, _lastError) = (0, 0, 0, default, null);
        _head = await store.ReadHeadPositionAsync();
        _rebuild = new RebuildMark(_generation, Now, _head, _head == 0 ? Now : null);
        await SaveCheckpointAsync(0, _rebuild);
        (_lastCheckpointAt, _checkpointEvery) = (Now, _options.CheckpointInterval);
        // A fresh store has nothing to rebuild: say so without a warning an operator would chase.
        if (_head == 0) LogStartedOnEmptyLog(logger, Kind, _generation);
        else LogRebuildStarted(logger, Kind, _generation, _head, why);
        _timer?.Change(TimeSpan.Zero, _options.PollInterval);
    }

    private async Task FailedAsync(Exception e)
    {
        _failures++;
        _rewinds++;
        _lastError = e.Message;
        var backoff = TimeSpan.FromMilliseconds(Math.Min(_options.MaxRetryBackoff.TotalMilliseconds, 100 * Math.Pow(2, Math.Min(_failures - 1, 16))));
        _retryAt = Now + backoff;
        LogFailed(logger, e, Kind, _position, _checkpoint, backoff.TotalMilliseconds);
        try
        {
            if (!await LoadCheckpointAsync()) await BeginRebuildAsync("the checkpoint disappeared");
        }
        catch (Exception reload)
        {
            // The store is unreachable: keep the in-memory position rewound; the next tick tries again.
            _position = _checkpoint;
            LogRewindFailed(logger, reload, Kind);
        }
    }

    private ProjectionStatus Status()
    {
        ProjectionRebuild? rebuild = null;
        if (_rebuild is { } r)
        {
            var processed = r.Generation == _generation ? Math.Min(_position, r.TargetPosition) : r.TargetPosition;
            var elapsed = ((r.CompletedAt ?? Now) - r.StartedAt).TotalSeconds;
            var percent = r.CompletedAt is not null || r.TargetPosition == 0 ? 100 : Math.Min(99.9, Math.Round(100.0 * processed / r.TargetPosition, 1));
            rebuild = new ProjectionRebuild(r.Generation, r.StartedAt, r.TargetPosition, processed, percent,
                elapsed > 0 ? Math.Round(processed / elapsed) : 0, r.CompletedAt);
        }

        return new ProjectionStatus(Kind, _generation, _delivery.AppliedThrough(_position), _checkpoint, Math.Max(_head, _position),
            _rebuild is { CompletedAt: null }, rebuild, _lastError, _rewinds);
    }
}
