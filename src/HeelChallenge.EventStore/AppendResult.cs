namespace HeelChallenge.EventStore;

/// <summary>Outcome of an append: either committed, or refused because the stream moved on.</summary>
public abstract record AppendResult
{
    private AppendResult() { }

    /// <summary>The batch is durable. <see cref="NextExpectedVersion"/> is the stream's version after it;
    /// positions are the global positions of the batch's first and last event.</summary>
    public sealed record Committed(long NextExpectedVersion, long FirstPosition, long LastPosition) : AppendResult;

    /// <summary>The stream holds <see cref="ActualVersion"/> events, not the expected number; nothing was stored.</summary>
    public sealed record WrongExpectedVersion(long ActualVersion) : AppendResult;
}
