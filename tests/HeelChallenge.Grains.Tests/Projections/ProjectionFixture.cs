using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>
/// One silo with the projections running over a real SQLite store in a temporary folder. Tests write events straight
/// into the log (<see cref="LogWriter"/>), which is all a projection sees, and poll the read models with a deadline.
/// </summary>
public sealed class ProjectionFixture : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "heelchallenge-projections-" + Guid.NewGuid().ToString("N"));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    public IEventStore Store => Cluster.GetSiloServiceProvider().GetRequiredService<IEventStore>();

    public SnapshotFaults Faults => Cluster.GetSiloServiceProvider().GetRequiredService<SnapshotFaults>();

    public T SiloService<T>() where T : notnull => Cluster.GetSiloServiceProvider().GetRequiredService<T>();

    public LogWriter Log { get; private set; } = null!;

    public IProjectorGrain Projector => Grains.GetGrain<IProjectorGrain>(ProjectionKinds.Leaderboards);

    public ILeaderboardGrain Board(Guid challengeId) => Grains.GetGrain<ILeaderboardGrain>(challengeId);

    /// <summary>Deactivates every idle grain, the projector included (read models save on the way out unless saving fails).</summary>
    public Task DeactivateIdleGrains() => Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    /// <summary>Deactivates one grain as soon as it is idle; its next call activates it again from its snapshot.</summary>
    public async Task Deactivate(IAddressable grain)
    {
        await grain.AsReference<IGrainManagementExtension>().DeactivateOnIdle();
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ClusterFixture.DatabasePathKey] = Path.Combine(_directory, "events.db"),
        }));
        builder.AddSiloBuilderConfigurator<ProjectionSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
        Log = new LogWriter(Store, Cluster.GetSiloServiceProvider());

    }

    /// <summary>Waits until the leaderboards projector has delivered everything appended so far (progress: ProgressCaughtUp).</summary>
    public async Task<ProjectionStatus> LeaderboardsCaughtUp(TimeSpan? within = null)
    {
        var head = await Store.ReadHeadPositionAsync();
        return await Eventually.Get(async () =>
        {
            var status = await Projector.GetStatus();
            return status.Position >= head ? status : null;
        }, within ?? TimeSpan.FromSeconds(20));
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the temp folder is cleaned up eventually anyway.
        }
    }
}
