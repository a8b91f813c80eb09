namespace HeelChallenge.EventStore.Sqlite;

/// <summary>One <see cref="IEventStore.AppendAsync"/> call waiting for, or being processed by, the writer.</summary>
internal sealed class AppendRequest(string streamId, long expectedVersion, IReadOnlyList<EventData> events) : WriteRequest
{
    // Completed only from the writer's answering work item (never on the writer thread): see SqliteWriter.Answer.
    private readonly TaskCompletionSource<AppendResult> _completion = new();
    private AppendResult? _result;
    private Exception? _rejection;

    public string StreamId { get; } = streamId;

    public long ExpectedVersion { get; } = expectedVersion;

    public IReadOnlyList<EventData> Events { get; } = events;

    public Task<AppendResult> Completion => _completion.Task;

    /// <summary>Records the answer; it reaches the caller only when the transaction commits.</summary>
    public void Decide(AppendResult result)
    {
        _result = result;
        _rejection = null;
    }

    /// <summary>Records a refusal that is the caller's fault (e.g. an event id re-used in another stream).</summary>
    public void Reject(Exception rejection)
    {
        _rejection = rejection;
        _result = null;
    }

    public override void Publish()
    {
        if (_rejection is not null)
        {
            _completion.TrySetException(_rejection);
        }
        else if (_result is not null)
        {
            _completion.TrySetResult(_result);
        }
        else
        {
            _completion.TrySetException(new InvalidOperationException("The writer committed an append without deciding its outcome."));
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected override void SetCanceled(CancellationToken cancellationToken) => _completion.TrySetCanceled(cancellationToken);
}
