using System.Globalization;
using HeelChallenge.Testing;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>
/// Two hosts (two builds, or one build under two settings) alive at once, and wrk driving POST /api/me/sets at one of
/// them at a time in short segments, in the order A B, B A, A B, … This VM's speed drifts by 20–50 % within minutes,
/// so two builds measured one after the other differ by more than most changes do; interleaved segments put the slow
/// and the fast stretches on both sides, and the host CPU per set of B against A resolves a few per cent (two runs of
/// one build against itself: 123.1 and 125.6 µs per set). Each POST segment is followed by a GET /api/ping segment a
/// quarter as long on the same host, so each side also has its own ratio to the no-op endpoint.
/// </summary>
public static class CompareBenchmark
{
    public static async Task<int> RunAsync(CompareOptions options)
    {
        var work = Directory.CreateTempSubdirectory("hc-compare-").FullName;
        try
        {
            var script = Path.Combine(work, "ingest.lua");
            await File.WriteAllTextAsync(script, WrkScripts.Ingest);
            Console.WriteLine($"# Compare: {options.Rounds} rounds of {options.Segment.TotalSeconds:0} s per side, {options.Load.Users} users, {options.Load.Connections} connections");
            await using var a = await Side.StartAsync("A", options.AHost, options.AEnv, options, work);
            await using var b = await Side.StartAsync("B", options.BHost, options.BEnv, options, work);

            var threads = options.Load.Threads.ToString(CultureInfo.InvariantCulture);
            for (var round = 1; round <= options.Rounds; round++)
            {
                foreach (var side in round % 2 == 1 ? new[] { a, b } : [b, a])
                {
                    var before = side.Host.ProcessorTime;
                    var result = await Wrk.RunAsync(side.Host.BaseAddress, options.Load, options.Segment, script, side.Tokens,
                        $"r{round}{side.Name}", threads);
                    side.Add(result, side.Host.ProcessorTime - before);
                    var ping = await Wrk.RunAsync(new Uri(side.Host.BaseAddress, "/api/ping"), options.Load, PingSegment(options));
                    side.AddPing(ping);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  round {round} {side.Name}: {result.RequestsPerSecond:0} req/s, p99 {result.P99Ms:0.0} ms, {side.Last:0.0} µs host CPU per set; ping {ping.RequestsPerSecond:0} req/s"));
                }
            }

            Console.WriteLine();
            Console.WriteLine("| side | host | environment | sets/s | host CPU µs/set | median segment p99 ms | non-2xx | ping req/s | ratio to ping |");
            Console.WriteLine("|---|---|---|---:|---:|---:|---:|---:|---:|");
            a.Row(options.AHost, options.AEnv);
            b.Row(options.BHost, options.BEnv);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"B / A: host CPU per set {b.MicrosPerSet / a.MicrosPerSet:0.000}, sets/s {b.SetsPerSecond / a.SetsPerSecond:0.000}"));
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A quarter of the POST segment, at least a second: wrk counts whole seconds.</summary>
    private static TimeSpan PingSegment(CompareOptions options) => TimeSpan.FromSeconds(Math.Max(1, (int)(options.Segment.TotalSeconds / 4)));

    /// <summary>One host, its users' tokens, and what its segments added up to.</summary>
    private sealed class Side(string name, HostProcess host, string tokens) : IAsyncDisposable
    {
        private readonly List<double> _p99s = [];
        private long _requests;
        private long _failures;
        private double _seconds;
        private TimeSpan _cpu;
        private long _pings;
        private double _pingSeconds;

        public string Name => name;

        public HostProcess Host => host;

        public string Tokens => tokens;

        public double Last { get; private set; }

        public double MicrosPerSet => _cpu.TotalMicroseconds / _requests;

        public double SetsPerSecond => _requests / _seconds;

        public double PingsPerSecond => _pings / _pingSeconds;

        public static async Task<Side> StartAsync(string name, string hostAssembly, IReadOnlyDictionary<string, string> environment,
            CompareOptions options, string work)
        {
            var host = await HostProcess.StartAsync(Path.Combine(work, name), hostAssembly, environment, "--Logging:LogLevel:Default", "Warning");
            var tokens = Path.Combine(work, $"tokens-{name}.txt");
            await File.WriteAllLinesAsync(tokens, await BenchmarkUsers.CreateAsync(host.BaseAddress, options.Load.Users, "compare" + name));
            Console.WriteLine($"  {name}: host ready after {host.ReadyAfter.TotalMilliseconds:0} ms; warm-up");
            await Wrk.RunAsync(host.BaseAddress, options.Load, options.Load.Warmup, Path.Combine(work, "ingest.lua"), tokens, "warm" + name,
                options.Load.Threads.ToString(CultureInfo.InvariantCulture));
            return new Side(name, host, tokens);
        }

        public void Add(WrkResult result, TimeSpan cpu)
        {
            _requests += result.Requests;
            _failures += result.Non2xx + result.SocketErrors;
            _seconds += result.Requests / result.RequestsPerSecond;
            _cpu += cpu;
            _p99s.Add(result.P99Ms);
            Last = result.Requests > 0 ? cpu.TotalMicroseconds / result.Requests : double.NaN;
        }

        public void AddPing(WrkResult result)
        {
            _pings += result.Requests;
            _pingSeconds += result.Requests / result.RequestsPerSecond;
        }

        public void Row(string hostAssembly, IReadOnlyDictionary<string, string> environment)
        {
            var median = _p99s.Order().ElementAt(_p99s.Count / 2);
            var env = environment.Count == 0 ? "(none)" : string.Join(" ", environment.Select(e => $"{e.Key}={e.Value}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {name} | {hostAssembly} | {env} | {SetsPerSecond:0} | {MicrosPerSet:0.0} | {median:0.0} | {_failures} | {PingsPerSecond:0} | {SetsPerSecond / PingsPerSecond:0.00} |"));
        }

        public ValueTask DisposeAsync() => host.DisposeAsync();
    }
}
