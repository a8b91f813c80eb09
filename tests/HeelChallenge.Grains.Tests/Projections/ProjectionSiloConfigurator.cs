using HeelChallenge.Domain.Catalog;
using HeelChallenge.EventStore;
using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.Grains.Hosting;
using HeelChallenge.Grains.Projections;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>The silo as the host builds it, with projections, and the store wrapped in <see cref="ProjectionTestStore"/>.</summary>
public sealed class ProjectionSiloConfigurator : ISiloConfigurator
{
    /// <summary>Longer than the default, so a test can tell spaced wake-ups from one per append.</summary>
    public static readonly TimeSpan WakeSpacing = TimeSpan.FromMilliseconds(100);

    public void Configure(ISiloBuilder siloBuilder)
    {
        var path = siloBuilder.Configuration[ClusterFixture.DatabasePathKey]
            ?? throw new InvalidOperationException($"{ClusterFixture.DatabasePathKey} is not configured.");
        siloBuilder.Services.AddSqliteEventStore(path);
        siloBuilder.Services.AddSingleton<SnapshotFaults>();
        siloBuilder.Services.AddSingleton<IEventStore>(sp =>
            new ProjectionTestStore(sp.GetRequiredService<SqliteEventStore>(), sp.GetRequiredService<SnapshotFaults>()));
        siloBuilder.Services.AddSingleton(ExerciseCatalog.LoadDefault());
        siloBuilder.AddHeelChallengeGrains();
        siloBuilder.AddHeelChallengeProjections(options =>
        {
            options.CheckpointInterval = TimeSpan.FromMilliseconds(200);
            options.KeepAlivePeriod = TimeSpan.FromMilliseconds(500);
            options.MaxRetryBackoff = TimeSpan.FromMilliseconds(500);
            options.WakeSpacing = WakeSpacing;
        });
    }
}
