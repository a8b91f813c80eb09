using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.EventStore.Tests.Contract;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>The contract suite on real SQLite files (one temp folder per test, so every test starts empty).</summary>
public class SqliteEventStoreContractTests : EventStoreContractTests
{
    private readonly TemporaryDirectory _directory = new();

    protected virtual bool GroupCommit => true;

    protected override Task<IEventStore> OpenStoreAsync(string name) =>
        Task.FromResult<IEventStore>(new SqliteEventStore(new SqliteEventStoreOptions
        {
            DatabasePath = _directory.File(name + ".db"),
            GroupCommit = GroupCommit,
        }));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _directory.Dispose();
    }
}
