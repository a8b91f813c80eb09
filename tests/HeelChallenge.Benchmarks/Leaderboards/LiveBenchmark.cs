using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using HeelChallenge.Benchmarks.Load;
using HeelChallenge.Testing;

namespace HeelChallenge.Benchmarks.Leaderboards;

/// <summary>
/// Live leaderboards against the real host: (1) latency from a set's 2xx to the SSE event that shows it, for a probe
/// participant logging a set every 200 ms while <see cref="LiveOptions.Users"/> other participants of the same public
/// challenge log ~5,000 sets/s in the background, each moving the board; (2) GET leaderboard throughput (top-10 +
/// around-me) against GET /api/ping in the same host, with wrk.
/// Run: dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- live [--rate 5000] [--duration 30]
/// </summary>
public static class LiveBenchmark
{
    public static async Task<int> RunAsync(LiveOptions options)
    {
        var work = Directory.CreateTempSubdirectory("hc-live-").FullName;
        try
        {
            Console.WriteLine($"# Live benchmark: {options.Users} participants ingesting {options.SetsPerSecond:N0} sets/s for {options.Duration.TotalSeconds:0} s, probe every {options.ProbeEvery.TotalMilliseconds:0} ms");
            await using var host = await HostProcess.StartAsync(Path.Combine(work, "data"), "--Logging:LogLevel:Default", "Warning");
            var tokens = await BenchmarkUsers.CreateAsync(host.BaseAddress, options.Users, "live");
            var probeToken = (await BenchmarkUsers.CreateAsync(host.BaseAddress, 1, "probe"))[0];
            using var probe = Client(host.BaseAddress, probeToken);
            var challengeId = await CreateAndFillAsync(host.BaseAddress, probe, tokens);

            using var stop = new CancellationTokenSource();
            var subscriber = new BoardSubscriber(host.BaseAddress, probeToken, challengeId);
            var watching = subscriber.RunAsync(stop.Token);
            var ingest = new PacedIngest(host.BaseAddress, tokens, options.SetsPerSecond, options.Workers);
            var clock = Stopwatch.StartNew();
            var ingesting = ingest.RunAsync(stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(3)); // warm-up under load

            var latencies = await ProbeAsync(probe, subscriber, options, clock);
            var ingested = ingest.Succeeded;
            var seconds = clock.Elapsed.TotalSeconds;
            await stop.CancelAsync();
            await Task.WhenAll(ingesting, watching);

            var wrk = new IngestOptions(options.Users, options.Connections, options.Threads, options.WrkDuration, TimeSpan.FromSeconds(3));
            var script = Path.Combine(work, "board.lua");
            await File.WriteAllTextAsync(script, $"wrk.headers[\"Authorization\"] = \"Bearer {probeToken}\"\n");
            var board = new Uri(host.BaseAddress, $"/api/challenges/{challengeId}/leaderboard?top=10&around=me");
            var ping = new Uri(host.BaseAddress, "/api/ping");
            Console.WriteLine("  warm-up, then GET /api/ping and GET leaderboard with wrk");
            await Wrk.RunAsync(ping, wrk, wrk.Warmup);
            await Wrk.RunAsync(board, wrk, wrk.Warmup, script);
            var pingResult = await Wrk.RunAsync(ping, wrk, wrk.Duration);
            var boardResult = await Wrk.RunAsync(board, wrk, wrk.Duration, script);

            Report(options, latencies, ingested / seconds, ingest.Failed, subscriber.Events, pingResult, boardResult);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>The probe creates a public challenge over the last 300 days; every background user joins it.</summary>
    private static async Task<string> CreateAndFillAsync(Uri baseAddress, HttpClient probe, IReadOnlyList<string> tokens)
    {
        var now = DateTimeOffset.UtcNow;
        using var created = await probe.PostAsJsonAsync("/api/challenges", new
        {
            name = "Live benchmark",
            startsAt = now.AddDays(-300),
            endsAt = now.AddDays(30),
            timeZone = "Europe/Paris",
            visibility = "public",
        });
        created.EnsureSuccessStatusCode();
        var challengeId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("challengeId").GetString()!;
        await Parallel.ForEachAsync(tokens, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (token, ct) =>
        {
            using var http = Client(baseAddress, token);
            using var joined = await http.PostAsync($"/api/challenges/{challengeId}/join", null, ct);
            joined.EnsureSuccessStatusCode();
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await probe.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/leaderboard")).GetProperty("participantCount").GetInt32() < tokens.Count + 1)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The board never showed every participant.");
            await Task.Delay(50);
        }

        Console.WriteLine($"  challenge {challengeId}: {tokens.Count + 1} participants on the board");
        return challengeId;
    }

    /// <summary>Each probe set lands on a day of its own (+10 points); latency = first SSE event showing it − its 2xx.</summary>
    private static async Task<List<double>> ProbeAsync(HttpClient probe, BoardSubscriber subscriber, LiveOptions options, Stopwatch clock)
    {
        var latencies = new List<double>();
        for (var k = 1; clock.Elapsed < options.Duration + TimeSpan.FromSeconds(3) && k < 290; k++)
        {
            var body = new { setId = $"probe-{k}", exerciseId = "leg-press", reps = 10, performedAt = DateTimeOffset.UtcNow.AddDays(-k) };
            using var response = await probe.PostAsJsonAsync("/api/me/sets", body);
            var answered = Stopwatch.GetTimestamp();
            if (response.StatusCode != System.Net.HttpStatusCode.Created) throw new InvalidOperationException($"probe set {k}: {(int)response.StatusCode}");

            var deadline = DateTime.UtcNow.AddSeconds(10);
            long? seen;
            while ((seen = subscriber.FirstAtLeast(10 * k)) is null)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"probe set {k} never reached the subscriber");
                await Task.Delay(1);
            }

            latencies.Add(Math.Max(0, Stopwatch.GetElapsedTime(answered, seen.Value).TotalMilliseconds * (seen.Value >= answered ? 1 : -1)));
            await Task.Delay(options.ProbeEvery);
        }

        return latencies;
    }

    private static void Report(LiveOptions options, List<double> latencies, double ingestRate, long failed, int events, WrkResult ping, WrkResult board)
    {
        latencies.Sort();
        double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine();
        Console.WriteLine("| live notice (2xx → SSE event at the subscriber) | value |");
        Console.WriteLine("|---|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| background ingest achieved | {ingestRate:N0} sets/s ({failed} failed, target {options.SetsPerSecond:N0}) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| probes | {latencies.Count} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| p50 / p90 / p99 / max | {Percentile(0.5):0.0} / {Percentile(0.9):0.0} / {Percentile(0.99):0.0} / {latencies[^1]:0.0} ms |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| SSE events received by the subscriber | {events:N0} |"));
        Console.WriteLine();
        Console.WriteLine("| GET (wrk, idle host) | req/s | p50 ms | p99 ms | non-2xx | ratio to no-op |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, r) in new[] { ("/api/ping (no-op)", ping), ("/api/challenges/{id}/leaderboard?top=10&around=me", board) })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {r.RequestsPerSecond:0} | {r.P50Ms:0.00} | {r.P99Ms:0.00} | {r.Non2xx + r.SocketErrors} | {r.RequestsPerSecond / ping.RequestsPerSecond:0.00} |"));
        }
    }
}
