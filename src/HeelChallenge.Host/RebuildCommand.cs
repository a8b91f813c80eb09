using System.Diagnostics;
using System.Globalization;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Hosting;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Host.Clustering;

namespace HeelChallenge.Host;

/// <summary>
/// The offline <c>rebuild</c> verb: deletes the projection snapshots (read models and checkpoints; of one kind with
/// <c>--kind name</c>, else of all), starts a silo without the gateway, lets each projector replay the log from
/// position 0 exactly as it does live, prints a progress line every second (percent, events/s), and exits 0 once every
/// rebuilt projection has checkpointed the head it started with. Stopped (SIGTERM, Ctrl+C) it shuts the silo down
/// cleanly and exits 130: the projections keep their checkpoints, so a later run or the service carries on.
/// </summary>
public static class RebuildCommand
{
    /// <summary>Stopped by a signal before every projection was rebuilt (128 + SIGINT, as shells report Ctrl+C).</summary>
    public const int StoppedExitCode = 130;

    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan PrintEvery = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // The progress lines are the output; only warnings and errors besides (a filter added last wins over appsettings).
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        if (StartupInputs.TryLoad(builder.Configuration, "rebuild", joinsCluster: false) is not var (settings, catalog)) return 1;

        var kinds = builder.Configuration["kind"] is { Length: > 0 } only ? [only] : ProjectionKinds.All;
        if (kinds.Except(ProjectionKinds.All).FirstOrDefault() is { } unknown)
        {
            Console.Error.WriteLine($"There is no projection '{unknown}'. Known: {string.Join(", ", ProjectionKinds.All)}.");
            return CommandLine.UsageExitCode;
        }

        await DiscardProjectionsAsync(settings, kinds);
        builder.Services.AddSingleton(catalog);
        builder.Services.AddConfiguredEventStore(settings);
        builder.UseOrleans(silo =>
        {
            // Always a silo of its own (joinsCluster: false): the verb is for a stopped service; a running cluster
            // rebuilds through the admin endpoint.
            silo.UseConfiguredClustering(settings);
            silo.AddHeelChallengeGrains();
            silo.AddHeelChallengeProjections();
        });

        var host = builder.Build();
        // Disposed asynchronously (the generic host is IAsyncDisposable): a synchronous Dispose of a silo that is still
        // busy blocks a thread pool thread until the silo has stopped, which can need that thread.
        await using var hostDisposal = (IAsyncDisposable)host;
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IGrainFactory>();
        // SIGTERM or Ctrl+C: stop cleanly (each projector checkpoints what it delivered) and say how to finish.
        var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var started = Stopwatch.StartNew();
        ProjectionStatus[] results;
        try
        {
            results = await Task.WhenAll(kinds.Select(kind => FollowAsync(grains.GetGrain<IProjectorGrain>(kind), stopping)));
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            await host.StopAsync();
            Console.Error.WriteLine("rebuild stopped before it finished; run it again, or start the service, which finishes it from the last checkpoint.");
            return StoppedExitCode;
        }

        var eventsRead = host.Services.GetRequiredService<SharedLogReader>().EventsRead;
        // What stays live with every read model still active: the memory a rebuild needs, whatever the log's length.
        var liveHeap = GC.GetTotalMemory(forceFullCollection: true);
        await host.StopAsync();

        foreach (var result in results)
        {
            var rebuild = result.Rebuild!;
            var seconds = (rebuild.CompletedAt!.Value - rebuild.StartedAt).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild {result.Kind} done: {rebuild.TargetPosition:N0} events in {seconds:0.00} s ({rebuild.EventsPerSecond:N0} events/s)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuild done in {started.Elapsed.TotalSeconds:0.00} s; log positions read {eventsRead:N0}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024):N0} MB; " +
            $"live heap with the read models loaded {liveHeap / (1024 * 1024):N0} MB; " +
            $"allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024):N0} MB; GC paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s ({GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections)"));
        return 0;
    }

    private static async Task DiscardProjectionsAsync(HostSettings settings, IReadOnlyList<string> kinds)
    {
        var store = await EventStoreSetup.OpenAsync(settings);
        try
        {
            foreach (var kind in kinds) await store.DeleteSnapshotsAsync($"{ProjectionKeys.Prefix}{kind}:");
            var head = await store.ReadHeadPositionAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rebuild: discarded the snapshots of {string.Join(", ", kinds)}; the log holds {head:N0} events ({settings.StoreDescription})"));
        }
        finally
        {
            await ((IAsyncDisposable)store).DisposeAsync();
        }
    }

    /// <summary>Prints the projector's progress every second until its rebuild is complete (durably checkpointed).</summary>
    private static async Task<ProjectionStatus> FollowAsync(IProjectorGrain projector, CancellationToken stopping)
    {
        var printed = Stopwatch.StartNew();
        using var timer = new PeriodicTimer(PollEvery);
        while (true)
        {
            var status = await projector.GetStatus();
            if (status.Rebuild is { } rebuild && status.Generation == rebuild.Generation)
            {
                if (rebuild.CompletedAt is not null) return status;
                if (printed.Elapsed >= PrintEvery)
                {
                    printed.Restart();
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"rebuild {status.Kind}: {rebuild.Percent,5:0.0}%  {rebuild.Processed:N0}/{rebuild.TargetPosition:N0} events  {rebuild.EventsPerSecond:N0} events/s"));
                }

                // Everything is delivered: checkpoint now rather than at the next interval.
                if (status.Position >= rebuild.TargetPosition && (await projector.Checkpoint()).Rebuild?.CompletedAt is not null) continue;
            }

            await timer.WaitForNextTickAsync(stopping);
        }
    }
}
