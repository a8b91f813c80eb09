using HeelChallenge.Domain.Common;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.EventSourcing;
using Orleans.EventSourcing.CustomStorage;
using Orleans.Providers;

namespace HeelChallenge.Grains.EventSourcing;

/// <summary>
/// A JournaledGrain whose log is one stream of the <see cref="IEventStore"/>, through Orleans' CustomStorage
/// log-consistency provider. Subclasses decide (pure Domain functions), call <see cref="RaiseAndConfirm"/>, and answer.
/// </summary>
/// <remarks>
/// What Orleans 10 does with this interface (src/Orleans.EventSourcing/CustomStorage/LogViewAdaptor.cs and
/// Common/PrimaryBasedLogViewAdaptor.cs, Common/RecordedConnectionIssue.cs, Common/ConnectionIssues.cs):
/// <list type="bullet">
/// <item>Activation: <c>OnActivateAsync</c> awaits a read; <c>ReadStateFromStorage</c> is retried until it succeeds
/// (exceptions recorded as a connection issue, backoff as below), so no call runs on an unread state.</item>
/// <item>Write: the worker passes ALL pending events (everything raised and not yet confirmed) with
/// <c>expectedVersion</c> = the confirmed version, i.e. the version before the batch.</item>
/// <item><c>true</c>: the adaptor adds the batch size to its version and applies each event to the confirmed
/// view (<see cref="TransitionState"/>). If applying throws, it re-reads the whole state.</item>
/// <item><c>false</c>: the issue is cleared (no delay), the adaptor re-reads the state at once, and its write loop
/// immediately re-submits the same pending events at the new version. Orleans itself never backs off on a
/// conflict, hence <see cref="BackOffAfterConflictAsync"/>.</item>
/// <item>Exception: recorded as a connection issue; then, after a delay, it re-reads (retrying the read forever),
/// and re-submits the same events. The delay is 0 after the first failure, then grows ×1.5 (+5..15 ms) per
/// consecutive failure up to ~10 s (+ jitter). Nothing ever reaches the caller: <c>ConfirmEvents()</c> simply waits
/// until some attempt succeeds (the Orleans call may time out meanwhile; the write can still land later).</item>
/// </list>
/// So an append that committed but threw (lost acknowledgement) is re-submitted after a re-read that already shows
/// it. We must neither store it twice (the store is idempotent on the deterministic event id) nor let Orleans apply
/// it twice on top of the re-read state with a version that is too high: ids read after the failed append are
/// remembered, such events are left out of the re-submission, and the grain re-reads before it answers.
/// </remarks>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public abstract class EventSourcedGrain<TState, TEvent> : JournaledGrain<TState, TEvent>, ICustomStorageInterface<TState, TEvent>
    where TState : class, new()
    where TEvent : class
{
    private readonly EventSourcingServices<TEvent> _services;
    private readonly ILogger _logger;
    private long _snapshotVersion;
    private bool _skipSnapshotOnNextRead;
    private bool _replaceSnapshot;
    private int _consecutiveConflicts;
    private long? _unknownOutcomeAfter;
    private HashSet<Guid>? _storedSinceUnknownOutcome;
    private bool _refreshBeforeAnswering;

    protected EventSourcedGrain(EventSourcingServices<TEvent> services)
    {
        _services = services;
        _logger = services.LoggerFactory.CreateLogger(GetType());
    }

    /// <summary>The grain's stream in the event store; its snapshot is kept under the same key.</summary>
    protected abstract string StreamId { get; }

    /// <summary>Bump when <typeparamref name="TState"/> changes shape: older snapshots are then ignored.</summary>
    protected virtual int SnapshotSchema => 1;

    protected TimeProvider Time => _services.Time;

    protected DateTimeOffset Now => _services.Time.GetUtcNow();

    protected ILogger Logger => _logger;

    /// <summary>The fold: apply one event to a state (the confirmed one, a tentative copy, or one being read).</summary>
    protected abstract void Apply(TState state, TEvent @event);

    /// <summary>The confirmed state was (re)built from storage; derived in-memory indexes should rebuild.</summary>
    protected virtual void OnConfirmedStateLoaded(TState state) { }

    /// <summary>A newly confirmed event was applied to the confirmed state.</summary>
    protected virtual void OnConfirmedEventApplied(TState state, TEvent @event) { }

    protected sealed override void TransitionState(TState state, TEvent @event)
    {
        Apply(state, @event);
        if (ReferenceEquals(state, State)) OnConfirmedEventApplied(state, @event);
    }

    /// <summary>Raises the decision's events and returns once they are durable; a refusal raises nothing.</summary>
    protected async Task<IReadOnlyList<DomainError>> RaiseAndConfirm(Decision<TEvent> decision)
    {
        if (decision.IsRefused) return decision.Errors;
        if (decision.Events.Count == 0) return [];

        RaiseEvents(decision.Events);
        await ConfirmEvents();
        if (_refreshBeforeAnswering)
        {
            _refreshBeforeAnswering = false;
            await RefreshNow();
        }

        SaveSnapshotIfDue();
        return [];
    }

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        var (state, version) = await LoadSnapshotAsync();
        var events = await _services.Store.ReadStreamAsync(StreamId, version + 1);
        if (version > 0 && events.Count > 0 && events[0].StreamVersion != version + 1)
        {
            _logger.LogWarning("Snapshot of {StreamId} at v{Version} does not meet the stream (next event v{Next}); replaying from v1.",
                StreamId, version, events[0].StreamVersion);
            (state, version) = (new TState(), 0);
            events = await _services.Store.ReadStreamAsync(StreamId, 1);
            _replaceSnapshot = true;
        }

        _snapshotVersion = version;
        foreach (var recorded in events)
        {
            if (recorded.StreamVersion != version + 1)
                throw new InvalidOperationException($"Stream '{StreamId}' jumps from v{version} to v{recorded.StreamVersion}.");
            Apply(state, _services.Serializer.Deserialize(recorded));
            version = recorded.StreamVersion;
            if (_unknownOutcomeAfter is { } after && version > after) (_storedSinceUnknownOutcome ??= []).Add(recorded.EventId);
        }

        OnConfirmedStateLoaded(state);
        return new(checked((int)version), state);
    }

    public async Task<bool> ApplyUpdatesToStorage(IReadOnlyList<TEvent> updates, int expectedVersion)
    {
        var batch = new List<EventData>(updates.Count);
        foreach (var @event in updates)
        {
            var data = _services.Serializer.Serialize(StreamId, @event, GetType().Name);
            if (_storedSinceUnknownOutcome?.Contains(data.EventId) != true) batch.Add(data);
        }

        var alreadyStored = updates.Count - batch.Count;
        AppendResult result;
        try
        {
            result = batch.Count == 0
                ? new AppendResult.Committed(expectedVersion, 0, 0)
                : await _services.Store.AppendAsync(StreamId, expectedVersion, batch);
        }
        catch (Exception e)
        {
            // The batch may or may not be stored. Orleans re-reads next; that read remembers what lies beyond here.
            _unknownOutcomeAfter ??= expectedVersion;
            _storedSinceUnknownOutcome = null;
            _logger.LogWarning(e, "Append to {StreamId} at v{Version} failed; Orleans will re-read and retry.", StreamId, expectedVersion);
            throw;
        }

        if (result is AppendResult.Committed committed)
        {
            _consecutiveConflicts = 0;
            _unknownOutcomeAfter = null;
            _storedSinceUnknownOutcome = null;
            if (alreadyStored > 0 || committed.NextExpectedVersion != expectedVersion + batch.Count)
            {
                // Orleans will apply the whole batch and count it; our re-read before answering puts both right.
                _refreshBeforeAnswering = true;
                _logger.LogInformation("Part of a batch of {Count} to {StreamId} at v{Version} was already stored by an earlier attempt.",
                    updates.Count, StreamId, expectedVersion);
            }

            return true;
        }

        var conflict = (AppendResult.WrongExpectedVersion)result;
        if (conflict.ActualVersion < expectedVersion)
        {
            // We believed in more events than the stream holds: only a snapshot ahead of its log can cause that.
            _skipSnapshotOnNextRead = true;
            _logger.LogWarning("{StreamId} holds {Actual} events, the grain expected {Expected}; next read ignores the snapshot.",
                StreamId, conflict.ActualVersion, expectedVersion);
        }

        await BackOffAfterConflictAsync();
        return false;
    }

    /// <summary>A first conflict is a normal race and is retried at once; repeated ones back off exponentially
    /// (5 ms, 10 ms, 20 ms ... up to <see cref="EventSourcingOptions.MaxConflictBackoff"/>, with jitter), so a
    /// stream that keeps moving, or a bug that keeps us behind, never becomes a hot loop.</summary>
    private Task BackOffAfterConflictAsync()
    {
        _consecutiveConflicts++;
        if (_consecutiveConflicts < 2) return Task.CompletedTask;
        var exponent = Math.Min(_consecutiveConflicts - 2, 16);
        var delay = TimeSpan.FromMilliseconds(Math.Min(5 * Math.Pow(2, exponent), _services.Options.MaxConflictBackoff.TotalMilliseconds));
        delay *= 0.75 + (Random.Shared.NextDouble() / 2);
        _logger.LogDebug("Conflict #{Count} on {StreamId}; waiting {Delay}.", _consecutiveConflicts, StreamId, delay);
        return Task.Delay(delay, _services.Time);
    }

    private async Task<(TState State, long Version)> LoadSnapshotAsync()
    {
        if (_services.Options.SnapshotEvery <= 0) return (new TState(), 0);
        if (_skipSnapshotOnNextRead)
        {
            // The snapshot claimed more events than the stream holds: never trust it again, replace it at the next write.
            _skipSnapshotOnNextRead = false;
            _replaceSnapshot = true;
            return (new TState(), 0);
        }

        var snapshot = await _services.Store.LoadSnapshotAsync(StreamId);
        if (snapshot is null) return (new TState(), 0);
        if (_unknownOutcomeAfter is { } after && snapshot.Version > after) return (new TState(), 0);
        if (StateSnapshots.TryDeserialize<TState>(snapshot.Data, SnapshotSchema, out var state, out var problem))
            return (state!, snapshot.Version);

        _logger.LogWarning("Ignoring the snapshot of {StreamId}: {Problem}; it is replaced at the next write.", StreamId, problem);
        _replaceSnapshot = true;
        return (new TState(), 0);
    }

    private void SaveSnapshotIfDue()
    {
        var every = _services.Options.SnapshotEvery;
        if (every <= 0 || (Version - _snapshotVersion < every && !_replaceSnapshot)) return;

        // Serialized now, on the grain's turn, so the bytes match Version; stored in the background.
        var snapshot = new Snapshot(StateSnapshots.Serialize(State, SnapshotSchema), Version);
        _snapshotVersion = Version;
        _replaceSnapshot = false;
        _ = SaveSnapshotAsync(snapshot);
    }

    private async Task SaveSnapshotAsync(Snapshot snapshot)
    {
        try
        {
            await _services.Store.SaveSnapshotAsync(StreamId, snapshot);
        }
        catch (Exception e)
        {
            _logger.LogWarning(e, "Saving the snapshot of {StreamId} at v{Version} failed; the next one is due in {Every} events.",
                StreamId, snapshot.Version, _services.Options.SnapshotEvery);
        }
    }
}
