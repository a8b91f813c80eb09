namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>One <see cref="IEventStore.AppendAsync"/> call waiting for the writer; answered only after its batch committed.</summary>
internal sealed class PendingAppend(string streamId, long expectedVersion, IReadOnlyList<EventData> events) : PendingWrite
{
    private readonly TaskCompletionSource<AppendResult> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string StreamId { get; } = streamId;

    public long ExpectedVersion { get; } = expectedVersion;

    public IReadOnlyList<EventData> Events { get; } = events;

    public Task<AppendResult> Completion => _completion.Task;

    /// <summary>The decided outcome: a result, or a refusal that is the caller's fault.</summary>
    public AppendOutcome? Outcome { get; set; }

    public override void Publish()
    {
        switch (Outcome)
        {
            case AppendOutcome.Rejected rejected:
                _completion.TrySetException(rejected.Error);
                break;
            case { Result: { } result }:
                _completion.TrySetResult(result);
                break;
            default:
                _completion.TrySetException(new InvalidOperationException("The writer committed an append without deciding its outcome."));
                break;
        }
    }

    public override void Fail(Exception exception) => _completion.TrySetException(exception);
}
