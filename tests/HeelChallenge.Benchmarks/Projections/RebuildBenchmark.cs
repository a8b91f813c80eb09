using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;
using HeelChallenge.Testing;

namespace HeelChallenge.Benchmarks.Projections;

/// <summary>
/// Rebuild throughput over a generated history (default 1,000,000 events): the host's own offline <c>rebuild</c> verb in
/// its own process (events/s and peak working set as it reports them), against two baselines measured on the same
/// file in the same run: reading the log alone, and reading + decoding it (the floor of any projection).
/// Run: dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- rebuild [--events N] [--data DIR]
/// </summary>
public static partial class RebuildBenchmark
{
    public static async Task<int> RunAsync(HistoryOptions options)
    {
        var work = options.DataDirectory ?? Directory.CreateTempSubdirectory("hc-rebuild-").FullName;
        var database = Path.Combine(work, "events.db");
        try
        {
            Console.WriteLine($"# Rebuild benchmark: {options.Events:N0} events, {options.Users:N0} users, {options.Challenges} challenges, {options.Days} days ({database})");
            var head = await ExistingHeadAsync(database);
            if (head < options.Events * 0.99)
            {
                if (File.Exists(database)) throw new InvalidOperationException($"{database} holds {head:N0} events; use an empty --data folder.");
                head = await new HistoryGenerator(options, ExerciseCatalog.LoadDefault()).WriteAsync(database);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  log: {head:N0} events, {new FileInfo(database).Length / (1024 * 1024):N0} MB"));
            var read = await ScanAsync(database, decode: false);
            var decoded = await ScanAsync(database, decode: true);
            // Every kind at once first (all start from nothing); then leaderboards alone, the others idle and caught up.
            var all = await RebuildAsync(work, null);
            var leaderboards = await RebuildAsync(work, "leaderboards");

            Console.WriteLine();
            Console.WriteLine("| run | events | seconds | events/s | peak working set | live heap after |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|");
            Row("baseline: read the log (ReadAllAsync, 2,000 per batch)", read.Events, read.Seconds, null, null);
            Row("baseline: read + decode (the write side's deserializers)", decoded.Events, decoded.Seconds, null, null);
            Row("rebuild leaderboards (host `rebuild --kind leaderboards`)", leaderboards.Kinds[0].Events, leaderboards.Kinds[0].Seconds, leaderboards.PeakMegabytes, leaderboards.LiveMegabytes);
            foreach (var (kind, events, seconds) in all.Kinds) Row($"rebuild all kinds at once (host `rebuild`): {kind}", events, seconds, null, null);
            Row("rebuild all kinds at once: the log, end to end", head, all.Kinds.Max(k => k.Seconds), all.PeakMegabytes, all.LiveMegabytes);
            Console.WriteLine();
            var rate = leaderboards.Kinds[0].Events / leaderboards.Kinds[0].Seconds;
            var everyKind = head / all.Kinds.Max(k => k.Seconds);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"leaderboards rebuild / read+decode: {rate / (decoded.Events / decoded.Seconds):0.00}; target >= 200,000 events/s: {(rate >= 200_000 ? "met" : "NOT met")}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"every kind at once / read+decode: {everyKind / (decoded.Events / decoded.Seconds):0.00}; {everyKind:N0} events/s, target >= 200,000 events/s: {(everyKind >= 200_000 ? "met" : "NOT met")}"));
            return 0;
        }
        finally
        {
            if (options.DataDirectory is null) Directory.Delete(work, recursive: true);
        }
    }

    private static void Row(string name, long events, double seconds, long? peak, long? live) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {events:N0} | {seconds:0.00} | {events / seconds:N0} | {(peak is { } p ? $"{p:N0} MB" : "")} | {(live is { } l ? $"{l:N0} MB" : "")} |"));

    private static async Task<long> ExistingHeadAsync(string database)
    {
        if (!File.Exists(database)) return 0;
        await using var store = new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = database });
        return await store.ReadHeadPositionAsync();
    }

    private static async Task<(long Events, double Seconds)> ScanAsync(string database, bool decode)
    {
        await using var store = new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = database });
        var decoder = new ProjectionEventDecoder(
            new EventSerializer<UserEvent>(new EventTypeRegistry<UserEvent>(), []),
            new EventSerializer<ChallengeEvent>(new EventTypeRegistry<ChallengeEvent>(), []));
        var watch = Stopwatch.StartNew();
        long count = 0, after = 0, decodedCount = 0;
        while (true)
        {
            var batch = await store.ReadAllAsync(after, 2000);
            if (batch.Count == 0) break;
            if (decode)
            {
                foreach (var recorded in batch)
                {
                    if (decoder.Decode(recorded) is not null) decodedCount++;
                }
            }

            count += batch.Count;
            after = batch[^1].Position;
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {(decode ? "read + decode" : "read")}: {count:N0} events in {seconds:0.00} s{(decode ? $" ({decodedCount:N0} decoded)" : "")}"));
        return (count, seconds);
    }

    private static async Task<(List<(string Kind, long Events, double Seconds)> Kinds, long PeakMegabytes, long LiveMegabytes)> RebuildAsync(string work, string? kind)
    {
        Console.WriteLine(kind is null ? "  rebuild (all kinds)" : $"  rebuild --kind {kind}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { RepoPaths.HostAssembly, "rebuild", "--Storage:DataDirectory", work }) start.ArgumentList.Add(arg);
        if (kind is not null)
        {
            start.ArgumentList.Add("--kind");
            start.ArgumentList.Add(kind);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The host did not start.");
        var kinds = new List<(string Kind, long Events, double Seconds)>();
        var (peak, live) = (0L, 0L);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) Console.WriteLine("  ! " + e.Data);
        };
        process.BeginErrorReadLine();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            Console.WriteLine("    " + line);
            if (Done().Match(line) is { Success: true } done)
            {
                kinds.Add((done.Groups[1].Value, long.Parse(done.Groups[2].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                    double.Parse(done.Groups[3].Value, CultureInfo.InvariantCulture)));
            }

            if (Peak().Match(line) is { Success: true } p) peak = long.Parse(p.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            if (Live().Match(line) is { Success: true } l) live = long.Parse(l.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        }

        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || kinds.Count == 0) throw new InvalidOperationException($"The rebuild failed (exit {process.ExitCode}).");
        return (kinds, peak, live);
    }

    [GeneratedRegex(@"rebuild (\w+) done: ([\d,]+) events in ([\d.]+) s")]
    private static partial Regex Done();

    [GeneratedRegex(@"peak working set ([\d,]+) MB")]
    private static partial Regex Peak();

    [GeneratedRegex(@"live heap with the read models loaded ([\d,]+) MB")]
    private static partial Regex Live();
}
