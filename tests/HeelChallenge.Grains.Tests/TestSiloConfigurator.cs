using HeelChallenge.Domain.Catalog;
using HeelChallenge.EventStore;
using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.Grains.Tests.Storage;
using HeelChallenge.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace HeelChallenge.Grains.Tests;

/// <summary>The silo as the host builds it (SQLite store, the shipped catalog, the grains), with the store wrapped in
/// a disarmed <see cref="FaultInjectingEventStore"/>.</summary>
public sealed class TestSiloConfigurator : ISiloConfigurator
{
    public void Configure(ISiloBuilder siloBuilder)
    {
        var path = siloBuilder.Configuration[ClusterFixture.DatabasePathKey]
            ?? throw new InvalidOperationException($"{ClusterFixture.DatabasePathKey} is not configured.");
        siloBuilder.Services.AddSqliteEventStore(path);
        siloBuilder.Services.AddSingleton<StoreFaults>();
        siloBuilder.Services.AddSingleton<IEventStore>(sp =>
            new FaultInjectingEventStore(sp.GetRequiredService<SqliteEventStore>(), sp.GetRequiredService<StoreFaults>()));
        siloBuilder.Services.AddSingleton(ExerciseCatalog.LoadDefault());
        siloBuilder.AddHeelChallengeGrains(options => options.SnapshotEvery = ClusterFixture.SnapshotEvery);
    }
}
