using System.Diagnostics;
using System.Globalization;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Benchmarks.Store;

/// <summary>
/// The SQLite event store on its own, without HTTP, Orleans or projections: many callers each appending one logged set
/// at a time (the events and ids the user grain writes), with group commit and with one fsync per append, in the same
/// run. Reports appends/s and latency, and the figures that do not depend on the VM's speed of the hour: appends per
/// transaction, WAL pages per append, and the CPU of the store's own threads per append.
/// </summary>
public static class StoreBenchmark
{
    public static async Task<int> RunAsync(StoreOptions options)
    {
        var work = Directory.CreateTempSubdirectory("hc-store-bench-").FullName;
        try
        {
            Console.WriteLine($"# Event store benchmark: {options.Appenders} appenders over {options.Streams} streams, {options.Duration.TotalSeconds:0}s per run");
            var grouped = await MeasureAsync("group commit", options, Path.Combine(work, "grouped.db"), groupCommit: true);
            var single = await MeasureAsync("one fsync per append", options, Path.Combine(work, "single.db"), groupCommit: false);

            Console.WriteLine();
            Console.WriteLine("| run | appends/s | p50 ms | p99 ms | appends per commit | WAL pages per append | store threads µs CPU per append |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine(grouped.Row("group commit"));
            Console.WriteLine(single.Row("one fsync per append"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"group commit / one fsync per append: {grouped.AppendsPerSecond / single.AppendsPerSecond:0.00}x"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<StoreResult> MeasureAsync(string name, StoreOptions options, string path, bool groupCommit)
    {
        Console.WriteLine($"## {name}");
        await using var store = new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = path, GroupCommit = groupCommit });
        var load = new AppendLoad(store, options);
        var running = load.RunAsync();

        Console.WriteLine("  warm-up");
        await Task.Delay(options.Warmup);
        Console.WriteLine("  measuring");
        var before = (Appends: load.Appends, Store: store.Statistics, Cpu: StoreThreads.ProcessorTime());
        var clock = Stopwatch.StartNew();
        load.Measuring = true;
        await Task.Delay(options.Duration);
        load.Measuring = false;
        var elapsed = clock.Elapsed;
        var after = (Appends: load.Appends, Store: store.Statistics, Cpu: StoreThreads.ProcessorTime());
        await load.StopAsync(running);

        var appends = after.Appends - before.Appends;
        Console.WriteLine($"  writer waited for a checkpoint pass {after.Store.CheckpointBackstops - before.Store.CheckpointBackstops} times");
        var latencies = load.Latencies();
        return new StoreResult(
            appends / elapsed.TotalSeconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            (double)(after.Store.Appends - before.Store.Appends) / Math.Max(1, after.Store.Transactions - before.Store.Transactions),
            (double)(after.Store.WalPagesWritten - before.Store.WalPagesWritten) / Math.Max(1, appends),
            (after.Cpu - before.Cpu).TotalMicroseconds / Math.Max(1, appends));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];
}
