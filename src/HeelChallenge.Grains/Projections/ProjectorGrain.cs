using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// The one projector of a kind (grain key = kind). A grain timer tails the log from the durable checkpoint in batches,
/// decodes the events the kind reads, and sends each read model one delivery per batch with its events in position
/// order. Every <see cref="ProjectionOptions.CheckpointInterval"/> (stretched when saving is slow) it has every read
/// model it delivered to save, and only then persists checkpoint = last delivered position with the routing state:
/// the checkpoint never passes an event a read model applied but did not save. Any failure — a store error, a read
/// model that threw or restarted without saving — rewinds to the checkpoint; read models skip what they already applied.
/// Each delivery tells the read model what it must already have applied, so one that lost events never applies
/// anything after the gap (which the rewind could then not fill). Read models do not wait for one another: up to
/// <see cref="ProjectionOptions.MaxBatchesInFlight"/> batches are outstanding (each read model's in order).
/// </summary>
public sealed partial class ProjectorGrain(
    IEventStore store,
    ProjectionRegistry registry,
    SharedLogReader log,
    ProjectionProgress progress,
    IOptions<ProjectionOptions> options,
    TimeProvider time,
    ILogger<ProjectorGrain> logger) : Grain, IProjectorGrain
{
    private readonly ProjectionOptions _options = options.Value;
    private readonly DeliveryPipeline _delivery = new(options.Value.MaxBatchesInFlight);
    private ProjectionRoutes _routes = null!;
    private IGrainTimer? _timer;
    private long _generation;
    private long _position;
    private long _checkpoint;
    private long _head;
    private RebuildMark? _rebuild;
    private LogReader? _reader;
    private DateTimeOffset _lastCheckpointAt;
    private TimeSpan _checkpointEvery;
    private int _failures;
    private long _rewinds;
    private DateTimeOffset _retryAt;
    private string? _lastError;
    private bool _restarting;
    private bool _catchingUp;

    private string Kind => this.GetPrimaryKeyString();

    private DateTimeOffset Now => time.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _routes = registry.Create(Kind, ServiceProvider, GrainFactory);
        _checkpointEvery = _options.CheckpointInterval;
        _lastCheckpointAt = Now;
        if (!await LoadCheckpointAsync())
        {
            await BeginRebuildAsync("there was no usable checkpoint");
        }

        LogActivated(logger, Kind, _generation, _checkpoint);
        _timer = this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(TimeSpan.Zero, _options.PollInterval) { KeepAlive = true });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        progress.Remove(Kind);
        StopReader();
        if (_restarting || _failures > 0) return;
        try
        {
            // A clean shutdown saves what was delivered, so the next activation replays less.
            if (_delivery.Tracker.Count > 0 || _position > _checkpoint) await CheckpointCoreAsync();
        }
        catch (Exception e)
        {
            LogCheckpointOnDeactivationFailed(logger, e, Kind);
        }
    }

    public Task Ping() => Task.CompletedTask;

    public Task Wake()
    {
        _timer?.Change(TimeSpan.Zero, _options.PollInterval);
        return Task.CompletedTask;
    }

    public async Task<ProjectionStatus> GetStatus()
    {
        var head = await store.ReadHeadPositionAsync();
        _head = Math.Max(_head, head);
        return Status();
    }

    public async Task<ProjectionStatus> StartRebuild()
    {
        await BeginRebuildAsync("an operator asked for it");
        return Status();
    }

    public async Task<ProjectionStatus> Checkpoint()
    {
        try
        {
            if (_delivery.Tracker.Count > 0 || _position > _checkpoint) await CheckpointCoreAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await FailedAsync(e);
            throw;
        }

        return Status();
    }

    public Task Restart()
    {
        _restarting = true;
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private async Task TickAsync(CancellationToken cancellation)
    {
        if (Now < _retryAt) return;
        try
        {
            var sliceEnds = Now + _options.TimeSlice;
            while (!cancellation.IsCancellationRequested)
            {
                var batch = await NextBatchAsync();
                _catchingUp = batch.IsFull;
                if (batch.LastPosition <= _position) break;
                await DeliverAsync(batch);
                _position = batch.LastPosition;
                _head = Math.Max(_head, _position);
                if (CheckpointDue) await CheckpointCoreAsync();
                if (!batch.IsFull) break;
                if (Now >= sliceEnds)
                {
                    // Let status and rebuild calls in, then carry on at once.
                    _timer?.Change(TimeSpan.Zero, _options.PollInterval);
                    break;
                }
            }

            // Nothing stays in flight between turns: what was sent is applied before the tick ends.
            await _delivery.DrainAsync();
            if (CheckpointDue) await CheckpointCoreAsync();
            _failures = 0;
            _lastError = null;
        }
        catch (Exception e) when (!cancellation.IsCancellationRequested)
        {
            await FailedAsync(e);
        }
        finally
        {
            progress.Report(Kind, _position, _checkpoint);
        }
    }

    private bool CheckpointDue =>
        (_delivery.Tracker.Count > 0 || _position > _checkpoint)
        && Now - _lastCheckpointAt >= (_catchingUp && _options.CatchUpCheckpointInterval > _checkpointEvery ? _options.CatchUpCheckpointInterval : _checkpointEvery);

    /// <summary>The next batch: from the read-ahead while catching up, else read now (and start reading ahead if full).</summary>
    private async Task<DecodedBatch> NextBatchAsync()
    {
        if (_reader is { } reader)
        {
            if (reader.Next == _position && await reader.TakeAsync() is { } ahead) return ahead;
            StopReader();
        }

        var batch = await Task.Run(() => ReadBatchAsync(_position, CancellationToken.None));
        if (batch.IsFull) _reader = new LogReader(ReadBatchAsync, batch.LastPosition, _options.ReadAheadBatches);
        return batch;
    }

    private void StopReader()
    {
        _reader?.Stop();
        _reader = null;
    }

    /// <summary>A batch from the silo's shared reader, narrowed to the streams this kind reads.</summary>
    private async Task<DecodedBatch> ReadBatchAsync(long after, CancellationToken cancellationToken)
    {
        var routes = _routes;
        var batch = await log.ReadAsync(after, _options.BatchSize).WaitAsync(cancellationToken);
        return batch.Events.All(e => routes.Reads(e.StreamId)) ? batch : batch with { Events = [.. batch.Events.Where(e => routes.Reads(e.StreamId))] };
    }

    /// <summary>Routes a batch and sends each read model its part (see <see cref="DeliveryPipeline"/>).</summary>
    private Task DeliverAsync(DecodedBatch batch)
    {
        var perTarget = new Dictionary<GrainId, (IProjectionReadModel Target, List<ProjectedEvent> Events)>();
        var targets = new List<IProjectionReadModel>(4);
        foreach (var projected in batch.Events)
        {
            targets.Clear();
            _routes.Route(projected, targets);
            foreach (var target in targets)
            {
                var id = target.GetGrainId();
                if (!perTarget.TryGetValue(id, out var entry))
                {
                    entry = (target, []);
                    perTarget.Add(id, entry);
                }

                if (entry.Events.Count == 0 || !ReferenceEquals(entry.Events[^1], projected)) entry.Events.Add(projected);
            }
        }

        return _delivery.SendAsync(_generation, batch.LastPosition, perTarget.Select(p => (p.Key, p.Value.Target, p.Value.Events)));
    }

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
        LogRebuildStarted(logger, Kind, _generation, _head, why);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Projector {Kind} active: generation {Generation}, checkpoint {Checkpoint}.")]
    private static partial void LogActivated(ILogger logger, string kind, long generation, long checkpoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} rebuilds (generation {Generation}, {Head} events) because {Why}.")]
    private static partial void LogRebuildStarted(ILogger logger, string kind, long generation, long head, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Projector {Kind} rebuilt {Events} events in {Seconds:0.0} s.")]
    private static partial void LogRebuildCompleted(ILogger logger, string kind, long events, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind}: the checkpoint has schema {Stored}, the code {Current}.")]
    private static partial void LogSchemaChanged(ILogger logger, string kind, int stored, int current);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} failed at {Position} (checkpoint {Checkpoint}); rewinding, next try in {BackoffMs} ms.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string kind, long position, long checkpoint, double backoffMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} could not reload its checkpoint.")]
    private static partial void LogRewindFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projector {Kind} could not checkpoint while deactivating.")]
    private static partial void LogCheckpointOnDeactivationFailed(ILogger logger, Exception exception, string kind);
}
