using HeelChallenge.EventStore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using HeelChallenge.Grains.Tests.Storage;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace HeelChallenge.Grains.Tests;

/// <summary>One in-process silo over a real SQLite event store in a temporary folder, shared by a test collection.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public const string DatabasePathKey = "Tests:DatabasePath";

    /// <summary>Small enough that a test crosses it quickly, big enough that most tests never snapshot.</summary>
    public const int SnapshotEvery = 200;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "heelchallenge-grains-" + Guid.NewGuid().ToString("N"));

    public TestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.GrainFactory;

    /// <summary>The silo's own store: what the grains wrote, read straight from SQLite.</summary>
    public IEventStore Store => Cluster.GetSiloServiceProvider().GetRequiredService<IEventStore>();

    public StoreFaults Faults => Cluster.GetSiloServiceProvider().GetRequiredService<StoreFaults>();

    public T SiloService<T>() where T : notnull => Cluster.GetSiloServiceProvider().GetRequiredService<T>();

    /// <summary>Deactivates every idle grain, so the next call activates it again from the store.</summary>
    public Task DeactivateIdleGrains() => Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

    public string DatabasePath => Path.Combine(_directory, "events.db");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory);
        var builder = new TestClusterBuilder(1);
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DatabasePathKey] = DatabasePath,
        }));
        builder.AddSiloBuilderConfigurator<TestSiloConfigurator>();
        Cluster = builder.Build();
        await Cluster.DeployAsync();
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
            // A file still held open on some platform: the temp folder is cleaned up eventually anyway.
        }
    }
}
