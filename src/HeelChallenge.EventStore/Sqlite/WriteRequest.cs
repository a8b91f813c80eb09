namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// A unit of work for the single writer. Its outcome is decided inside a transaction but handed to the caller
/// only by <see cref="Publish"/> after that transaction committed (or by <see cref="Fail"/> if it did not),
/// so no caller ever sees a result that a rollback could take back.
/// </summary>
internal abstract class WriteRequest
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private int _state;
    private CancellationTokenRegistration _cancellation;

    /// <summary>
    /// Lets the caller give up while the request waits in the queue. Must be called before the request is queued.
    /// Once the writer has picked the request up, cancellation is ignored: the append will be committed.
    /// </summary>
    public void AttachCancellation(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _cancellation = cancellationToken.UnsafeRegister(
                static (state, token) => ((WriteRequest)state!).OnCancellationRequested(token), this);
        }
    }

    /// <summary>Called by the writer when it takes the request; <c>false</c> means the caller cancelled: skip it.</summary>
    public bool TryStart()
    {
        if (Interlocked.CompareExchange(ref _state, Started, Queued) != Queued)
        {
            return false;
        }

        // Unregister rather than Dispose: Dispose would wait for a concurrently running callback, and the writer never waits.
        _cancellation.Unregister();
        return true;
    }

    /// <summary>Hands the outcome decided in the transaction to the caller; called once the transaction committed.</summary>
    public abstract void Publish();

    /// <summary>The transaction carrying this request failed: nothing of it was stored.</summary>
    public abstract void Fail(Exception exception);

    protected abstract void SetCanceled(CancellationToken cancellationToken);

    private void OnCancellationRequested(CancellationToken cancellationToken)
    {
        // Only a request still in the queue can be cancelled; the writer's CAS in TryStart decides the race.
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            SetCanceled(cancellationToken);
        }
    }
}
