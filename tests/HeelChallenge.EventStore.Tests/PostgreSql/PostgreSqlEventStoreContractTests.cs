using HeelChallenge.EventStore.PostgreSql;
using HeelChallenge.Testing;
using HeelChallenge.EventStore.Tests.Contract;

namespace HeelChallenge.EventStore.Tests.PostgreSql;

/// <summary>The contract suite on a real PostgreSQL server (one schema per test object and store name).</summary>
public sealed class PostgreSqlEventStoreContractTests : EventStoreContractTests
{
    private readonly string _prefix = TestPostgres.NewSchemaPrefix();

    protected override async Task<IEventStore> OpenStoreAsync(string name) =>
        await PostgreSqlEventStore.OpenAsync(new PostgreSqlEventStoreOptions
        {
            ConnectionString = TestPostgres.ConnectionString,
            Schema = $"{_prefix}_{name}",
        });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await TestPostgres.DropSchemasAsync(_prefix);
    }
}
