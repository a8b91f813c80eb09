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
/// immediately re-submits the same pending events at the new version. Orleans never backs off on a conflict.</item>
/// <item>Exception: recorded as a connection issue; then, after the delay, it re-reads (retrying the read
/// forever) and re-submits the same events. The delay is 0 after the first failure and grows ×1.5 (+5..15 ms) per
/// consecutive failure up to ~10 s (+ jitter) — but a successful read resolves (clears) the issue, so when reads
/// work and appends keep failing every write failure is a "first" one: write, fail, read, write, with no pause.
/// Nothing ever reaches the caller: <c>ConfirmEvents()</c> waits until some attempt succeeds (the Orleans call may
/// time out meanwhile; the write can still land later).</item>
/// </list>
/// Hence our own <see cref="RetryBackoff"/> for conflicts and for append failures, so neither becomes a hot loop.
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
    private readonly RetryBackoff _conflictBackoff;
    private readonly RetryBackoff _failureBackoff;
    private SnapshotKeeper<TState>? _snapshots;
    private long? _unknownOutcomeAfter;
    private HashSet<Guid>? _storedSinceUnknownOutcome;
    private bool _refreshBeforeAnswering;

    protected EventSourcedGrain(EventSourcingServices<TEvent> services)
    {
        _services = services;
        _logger = services.LoggerFactory.CreateLogger(GetType());
        _conflictBackoff = new RetryBackoff(services.Time, services.Options.MaxConflictBackoff);
        _failureBackoff = new RetryBackoff(services.Time, services.Options.MaxFailureBackoff);
    }

    private string? _streamId;

    /// <summary>The grain's stream in the event store; its snapshot is kept under the same key.</summary>
    /// <remarks>Built once per activation: it is used several times per event (a string per use was per-append garbage).</remarks>
    protected string StreamId => _streamId ??= CreateStreamId();

    /// <summary>The grain's stream id, from its key.</summary>
    protected abstract string CreateStreamId();

    /// <summary>Bump when <typeparamref name="TState"/> changes shape: older snapshots are then ignored.</summary>
    protected virtual int SnapshotSchema => 1;

    /// <summary>How the state is written to a snapshot: JSON unless a grain's state grows large enough to need better.</summary>
    protected virtual ISnapshotCodec<TState> SnapshotCodec => JsonSnapshotCodec<TState>.Instance;

    protected TimeProvider Time => _services.Time;

    protected DateTimeOffset Now => _services.Time.GetUtcNow();

    protected ILogger Logger => _logger;

    private SnapshotKeeper<TState> Snapshots =>
        _snapshots ??= new(_services.Store, _services.Options.SnapshotEvery, SnapshotSchema, SnapshotCodec, _logger);

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
        await AfterConfirmed();
        return [];
    }

    /// <summary>
    /// Decides on the confirmed state and raises the events only if the stream is still at the version that decision
    /// saw (Orleans' conditional raise). If another writer moved the stream meanwhile (a second activation while the
    /// cluster changes, or our own append whose acknowledgement was lost), the events are dropped, the state is
    /// re-read, and <paramref name="decide"/> runs again on it. Use it for rules over the whole state (a capacity):
    /// <see cref="RaiseAndConfirm"/> would re-submit a decision made on a stale state.
    /// </summary>
    protected async Task<IReadOnlyList<DomainError>> DecideAndConfirm(Func<TState, Decision<TEvent>> decide, int maxAttempts = 10)
    {
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; ; attempt++)
        {
            var decision = decide(State);
            if (decision.IsRefused) return decision.Errors;
            if (decision.Events.Count == 0) return [];
            if (await RaiseConditionalEvents(decision.Events))
            {
                await AfterConfirmed();
                return [];
            }

            if (attempt >= maxAttempts)
                throw new InvalidOperationException($"{StreamId} moved under {attempt} decisions in a row; giving up.");
            _logger.LogInformation("{StreamId} moved under a decision (attempt {Attempt}); deciding again on v{Version}.", StreamId, attempt, Version);
        }
    }

    private async Task AfterConfirmed()
    {
        if (_refreshBeforeAnswering)
        {
            _refreshBeforeAnswering = false;
            await RefreshNow();
        }

        Snapshots.SaveIfDue(StreamId, State, Version);
    }

    public async Task<KeyValuePair<int, TState>> ReadStateFromStorage()
    {
        var (state, version) = await Snapshots.LoadAsync(StreamId, _unknownOutcomeAfter);
        var events = await _services.Store.ReadStreamAsync(StreamId, version + 1);
        if (version > 0 && events.Count > 0 && events[0].StreamVersion != version + 1)
        {
            _logger.LogWarning("Snapshot of {StreamId} at v{Version} does not meet the stream (next event v{Next}); replaying from v1.",
                StreamId, version, events[0].StreamVersion);
            Snapshots.Discard();
            (state, version) = (new TState(), 0);
            events = await _services.Store.ReadStreamAsync(StreamId, 1);
        }

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
            await _failureBackoff.Pause();
            throw;
        }

        if (result is AppendResult.Committed committed)
        {
            _conflictBackoff.Reset();
            _failureBackoff.Reset();
            _unknownOutcomeAfter = null;
            _storedSinceUnknownOutcome = null;
            if (batch.Count < updates.Count || committed.NextExpectedVersion != expectedVersion + batch.Count)
            {
                // Orleans will apply the whole batch and count it; re-reading before answering puts both right.
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
            Snapshots.DistrustOnNextLoad();
            _logger.LogWarning("{StreamId} holds {Actual} events, the grain expected {Expected}; next read ignores the snapshot.",
                StreamId, conflict.ActualVersion, expectedVersion);
        }

        _failureBackoff.Reset();
        await _conflictBackoff.Pause();
        return false;
    }
}
