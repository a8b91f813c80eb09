using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Runs in every silo once it is active: pings each projector every <see cref="ProjectionOptions.KeepAlivePeriod"/>
/// (which activates it wherever the cluster places it, and again after the silo hosting it failed), and wakes them
/// as soon as this process appends to the store, so a set reaches its boards without waiting for the next poll.
/// </summary>
public sealed partial class ProjectorSupervisor(
    IGrainFactory grains,
    ProjectionRegistry registry,
    ProjectionProgress progress,
    IOptions<ProjectionOptions> options,
    ILogger<ProjectorSupervisor> logger,
    IEventStoreNotifications? notifications = null) : ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();

    // References made once: GetGrain resolves the interface's names by reflection on every call, and waking the
    // projectors after every committed batch made that about 1 % of the ingest CPU.
    private (string Kind, IProjectorGrain Grain)[] _projectors = [];
    private IDisposable? _subscription;
    private Task _keepAlive = Task.CompletedTask;
    private long _signals;
    private long _lastRound;
    private long _wakeRounds;
    private int _waking;

    /// <summary>Rounds of wake-ups sent to the projectors since start (each wakes every kind once).</summary>
    public long WakeRounds => Interlocked.Read(ref _wakeRounds);

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ProjectorSupervisor), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    public void Dispose()
    {
        _subscription?.Dispose();
        _stopping.Dispose();
    }

    private Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.AutoStart) return Task.CompletedTask;
        _projectors = [.. registry.Kinds.Select(kind => (kind, grains.GetGrain<IProjectorGrain>(kind)))];
        _subscription = notifications?.Subscribe(OnAppended);
        _keepAlive = Task.Run(KeepAliveAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        await _stopping.CancelAsync();
        await _keepAlive.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task KeepAliveAsync()
    {
        using var timer = new PeriodicTimer(options.Value.KeepAlivePeriod);
        do
        {
            foreach (var (kind, grain) in _projectors)
            {
                try
                {
                    await grain.Ping().WaitAsync(_stopping.Token);
                }
                catch (Exception e) when (!_stopping.IsCancellationRequested)
                {
                    LogPingFailed(logger, e, kind);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
        while (await WaitAsync(timer));
    }

    private async Task<bool> WaitAsync(PeriodicTimer timer)
    {
        try
        {
            return await timer.WaitForNextTickAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>On the store's writer thread: note the signal and hand the wake-up to the pool, one wake-up at a time.</summary>
    private void OnAppended(long head)
    {
        progress.ObserveHead(head);
        Interlocked.Increment(ref _signals);
        if (Interlocked.CompareExchange(ref _waking, 1, 0) == 0) ThreadPool.UnsafeQueueUserWorkItem(_ => _ = WakeAsync(), null);
    }

    private async Task WakeAsync()
    {
        // Stopped: no more wake-ups (the flag stays set, so none start either).
        while (!_stopping.IsCancellationRequested)
        {
            await SpaceWakeUpsAsync();
            if (_stopping.IsCancellationRequested) return;
            var seen = Interlocked.Read(ref _signals);
            _lastRound = TimeProvider.System.GetTimestamp();
            Interlocked.Increment(ref _wakeRounds);
            foreach (var (kind, grain) in _projectors)
            {
                try
                {
                    await grain.Wake();
                }
                catch (Exception e)
                {
                    // Polling still finds the events; a failed wake-up only costs latency.
                    LogWakeFailed(logger, e, kind);
                }
            }

            if (Interlocked.Read(ref _signals) != seen && !_stopping.IsCancellationRequested) continue;
            Volatile.Write(ref _waking, 0);
            // A signal that arrived after the last check but before the flag was cleared would otherwise be missed.
            if (Interlocked.Read(ref _signals) == seen || Interlocked.CompareExchange(ref _waking, 1, 0) != 0) return;
        }
    }

    /// <summary>
    /// At most one round of wake-ups per <see cref="ProjectionOptions.WakeSpacing"/>: under steady appends the next
    /// few milliseconds of them gather into one tick; the first append after a quiet spell wakes at once.
    /// </summary>
    private async Task SpaceWakeUpsAsync()
    {
        var wait = options.Value.WakeSpacing - TimeProvider.System.GetElapsedTime(_lastRound);
        if (wait <= TimeSpan.Zero) return;
        await Task.Delay(wait, _stopping.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Keep-alive ping of projector {Kind} failed; retrying next period.")]
    private static partial void LogPingFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Waking projector {Kind} failed; it polls anyway.")]
    private static partial void LogWakeFailed(ILogger logger, Exception exception, string kind);
}
