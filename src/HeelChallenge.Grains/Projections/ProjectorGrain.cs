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
                if (batch.LastPosition <= _position)
                {
                    _routes.CaughtUp();
                    break;
                }

                await DeliverAsync(batch);
                if (!batch.IsFull) _routes.CaughtUp();
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
}
