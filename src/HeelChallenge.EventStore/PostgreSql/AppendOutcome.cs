namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>What the writer does with one append (see <see cref="AppendDecider"/>).</summary>
internal abstract record AppendOutcome
{
    private AppendOutcome() { }

    /// <summary>The answer the caller gets once the batch committed (null while positions are not yet known).</summary>
    public virtual AppendResult? Result => null;

    /// <summary>Store events[<paramref name="From"/>..] at the versions after <paramref name="VersionBefore"/>.
    /// <paramref name="StoredFirstPosition"/>: position of the first event when a leading run was stored before.</summary>
    public sealed record Store(int From, long VersionBefore, long NextVersion, long? StoredFirstPosition) : AppendOutcome;

    public sealed record Answered(AppendResult Answer) : AppendOutcome
    {
        public override AppendResult Result => Answer;
    }

    public sealed record Rejected(ArgumentException Error) : AppendOutcome;
}
