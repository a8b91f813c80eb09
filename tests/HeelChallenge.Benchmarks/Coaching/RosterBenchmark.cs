using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HeelChallenge.Benchmarks.Load;
using HeelChallenge.Testing;

namespace HeelChallenge.Benchmarks.Coaching;

/// <summary>
/// GET /api/coach/clients for a coach with N clients (default 500), with wrk against the real host, and how soon a
/// client's set shows on the roster: from the 201 of POST /api/me/sets (the set is durable) until the coach's roster,
/// sorted most recently active first, shows that set's performedAt.
/// </summary>
public static class RosterBenchmark
{
    public static async Task<int> RunAsync(RosterOptions options)
    {
        var work = Directory.CreateTempSubdirectory("hc-roster-").FullName;
        try
        {
            Console.WriteLine($"# Roster benchmark: {options.Clients} clients × {options.SetsPerClient} sets, {options.Connections} connections, {options.Threads} wrk threads, {options.Duration.TotalSeconds:0}s per run");
            await using var host = await HostProcess.StartAsync(Path.Combine(work, "data"), "--Logging:LogLevel:Default", "Warning");
            var world = await RosterWorld.CreateAsync(host.BaseAddress, options);
            await WaitForRosterAsync(world, options.Clients);

            var tokens = Path.Combine(work, "coach-token.txt");
            await File.WriteAllTextAsync(tokens, world.CoachToken + "\n");
            var script = Path.Combine(work, "get.lua");
            await File.WriteAllTextAsync(script, WrkScripts.AuthorizedGet);
            var results = new List<(string Name, WrkResult Result)>();
            var ping = new Uri(host.BaseAddress, "/api/ping");
            await Wrk.RunAsync(ping, options.Wrk, options.Warmup);
            Console.WriteLine("  measuring GET /api/ping (baseline)");
            results.Add(("GET /api/ping (no-op baseline)", await Wrk.RunAsync(ping, options.Wrk, options.Duration)));
            foreach (var query in new[] { "/api/coach/clients", "/api/coach/clients?sort=name&limit=100", "/api/coach/clients?sort=-lastActive&limit=100" })
            {
                var url = new Uri(host.BaseAddress, query);
                await Wrk.RunAsync(url, options.Wrk, options.Warmup, script, tokens);
                Console.WriteLine($"  measuring GET {query}");
                results.Add(("GET " + query, await Wrk.RunAsync(url, options.Wrk, options.Duration, script, tokens)));
            }

            var freshness = await MeasureFreshnessAsync(world, options.FreshnessSamples);

            Console.WriteLine();
            Console.WriteLine("| request | req/s | p50 ms | p99 ms | non-2xx |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (name, r) in results)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Non2xx + r.SocketErrors} |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"roster updated after a client's set ({freshness.Count} samples): p50 {Percentile(freshness, 0.5):0.0} ms, p99 {Percentile(freshness, 0.99):0.0} ms, max {freshness.Max():0.0} ms"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task WaitForRosterAsync(RosterWorld world, int clients)
    {
        var started = Stopwatch.StartNew();
        while (true)
        {
            var page = await world.Coach.GetFromJsonAsync<JsonElement>("/api/coach/clients?sort=lastActive&limit=1");
            var oldest = page.GetProperty("items").EnumerateArray().FirstOrDefault();
            if (page.GetProperty("total").GetInt32() == clients && oldest.ValueKind == JsonValueKind.Object
                && oldest.GetProperty("lastActiveAt").ValueKind != JsonValueKind.Null)
                break;
            if (started.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("The roster did not fill up.");
            await Task.Delay(50);
        }

        Console.WriteLine($"  roster complete {started.Elapsed.TotalMilliseconds:0} ms after the last set");
    }

    /// <summary>Milliseconds from a set's 201 until the roster shows it, for clients picked in turn.</summary>
    private static async Task<List<double>> MeasureFreshnessAsync(RosterWorld world, int samples)
    {
        var latencies = new List<double>(samples);
        for (var i = 0; i < samples; i++)
        {
            var (clientId, http) = world.Clients[i * 7919 % world.Clients.Count];
            var at = DateTimeOffset.UtcNow.AddSeconds(-1).AddTicks(i);
            using var logged = await http.PostAsJsonAsync("/api/me/sets", RosterWorld.SetBody($"fresh-{i}", 10, at));
            logged.EnsureSuccessStatusCode();
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var top = (await world.Coach.GetFromJsonAsync<JsonElement>("/api/coach/clients?sort=-lastActive&limit=1")).GetProperty("items")[0];
                if (top.GetProperty("userId").GetGuid() == clientId && top.GetProperty("lastActiveAt").GetDateTimeOffset() == at) break;
                if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"sample {i}: the roster did not show the set.");
            }

            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }

        return latencies;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
