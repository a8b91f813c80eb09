using System.Globalization;

namespace HeelChallenge.Benchmarks.Coaching;

/// <summary>Knobs of the roster benchmark; defaults are the numbers the README reports.</summary>
public sealed record RosterOptions(int Clients, int SetsPerClient, int Connections, int Threads, TimeSpan Duration, TimeSpan Warmup, int FreshnessSamples)
{
    public static RosterOptions Parse(string[] args)
    {
        var options = new RosterOptions(Clients: 500, SetsPerClient: 6, Connections: 16, Threads: 2, Duration: TimeSpan.FromSeconds(15),
            Warmup: TimeSpan.FromSeconds(5), FreshnessSamples: 100);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--clients" => options with { Clients = int.Parse(value, CultureInfo.InvariantCulture) },
                "--sets" => options with { SetsPerClient = int.Parse(value, CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--samples" => options with { FreshnessSamples = int.Parse(value, CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }

    /// <summary>The wrk knobs of the ingest harness, which this benchmark reuses.</summary>
    public Load.IngestOptions Wrk => new(Clients, Connections, Threads, Duration, Warmup);
}
