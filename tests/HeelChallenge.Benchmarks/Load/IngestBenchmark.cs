using System.Globalization;
using HeelChallenge.Testing;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>
/// Durable HTTP ingest of POST /api/me/sets over many users, against GET /api/ping (no-op) in the same run, and
/// again with group commit disabled (one fsync per append). Everything on loopback; wrk is the load generator.
/// </summary>
public static class IngestBenchmark
{
    public static async Task<int> RunAsync(IngestOptions options)
    {
        var work = Directory.CreateTempSubdirectory("hc-bench-").FullName;
        try
        {
            var script = Path.Combine(work, "ingest.lua");
            await File.WriteAllTextAsync(script, WrkScripts.Ingest);

            Console.WriteLine($"# Ingest benchmark: {options.Users} users, {options.Connections} connections, {options.Threads} wrk threads, {options.Duration.TotalSeconds:0}s per run");
            var grouped = await MeasureAsync("group commit", options, work, script, groupCommit: true);
            var single = options.Single ? await MeasureAsync("one fsync per append", options, work, script, groupCommit: false) : default;

            Console.WriteLine();
            Console.WriteLine("| run | req/s | p50 ms | p99 ms | non-2xx | host CPU µs/req | ratio to no-op |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            Row("GET /api/ping (no-op, group-commit host)", grouped.Ping, grouped.Ping);
            Row("POST /api/me/sets, group commit", grouped.Ingest, grouped.Ping);
            if (!options.Single)
            {
                Console.WriteLine($"cold start to first ready answer: {grouped.ColdStart.TotalMilliseconds:0} ms");
                return 0;
            }

            Row("GET /api/ping (no-op, single-commit host)", single.Ping, single.Ping);
            Row("POST /api/me/sets, one fsync per append", single.Ingest, single.Ping);
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"group commit / one fsync per append: {grouped.Ingest.Wrk.RequestsPerSecond / single.Ingest.Wrk.RequestsPerSecond:0.00}x; cold start to first ready answer: {grouped.ColdStart.TotalMilliseconds:0} ms"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<(Measured Ping, Measured Ingest, TimeSpan ColdStart)> MeasureAsync(
        string name, IngestOptions options, string work, string script, bool groupCommit)
    {
        Console.WriteLine($"## {name}");
        var data = Path.Combine(work, groupCommit ? "grouped" : "single");
        await using var host = await HostProcess.StartAsync(data, "--Storage:GroupCommit", groupCommit ? "true" : "false", "--Logging:LogLevel:Default", "Warning");
        Console.WriteLine($"  host ready after {host.ReadyAfter.TotalMilliseconds:0} ms");

        var tokens = await BenchmarkUsers.CreateAsync(host.BaseAddress, options.Users, "bench" + (groupCommit ? "g" : "s"));
        var tokenFile = Path.Combine(work, "tokens-" + (groupCommit ? "g" : "s") + ".txt");
        await File.WriteAllLinesAsync(tokenFile, tokens);

        var ping = new Uri(host.BaseAddress, "/api/ping");
        Console.WriteLine("  warm-up");
        await Wrk.RunAsync(ping, options, options.Warmup);
        var threads = options.Threads.ToString(CultureInfo.InvariantCulture);
        await Wrk.RunAsync(host.BaseAddress, options, options.Warmup, script, tokenFile, "warm", threads);

        Console.WriteLine("  measuring GET /api/ping");
        var pingResult = await MeasureAsync(host, () => Wrk.RunAsync(ping, options, options.Duration));
        Console.WriteLine("  measuring POST /api/me/sets");
        var ingest = await MeasureAsync(host, () => Wrk.RunAsync(
            host.BaseAddress, options, options.Duration, script, tokenFile, "run" + Environment.TickCount64.ToString(CultureInfo.InvariantCulture), threads));
        return (pingResult, ingest, host.ReadyAfter);
    }

    /// <summary>
    /// A wrk run and the host's CPU time per request during it. The VM's speed varies by more than most changes
    /// (the same build measured 128–216 µs per set within an hour), so req/s alone cannot compare two builds; CPU per
    /// request varies less, and a change in it is a change in the work done.
    /// </summary>
    private static async Task<Measured> MeasureAsync(HostProcess host, Func<Task<WrkResult>> run)
    {
        var before = host.ProcessorTime;
        var result = await run();
        var cpu = host.ProcessorTime - before;
        return new Measured(result, result.Requests > 0 ? cpu.TotalMicroseconds / result.Requests : double.NaN);
    }

    private sealed record Measured(WrkResult Wrk, double HostCpuMicrosPerRequest);

    private static void Row(string name, Measured measured, Measured baseline)
    {
        var r = measured.Wrk;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Non2xx + r.SocketErrors} | {measured.HostCpuMicrosPerRequest:0.0} | {r.RequestsPerSecond / baseline.Wrk.RequestsPerSecond:0.00} |"));
    }
}
