namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>The same contract with one transaction (one fsync) per append: the benchmark baseline must behave identically.</summary>
public sealed class SqliteEventStoreWithoutGroupCommitContractTests : SqliteEventStoreContractTests
{
    protected override bool GroupCommit => false;
}
