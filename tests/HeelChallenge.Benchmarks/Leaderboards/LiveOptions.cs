using System.Globalization;

namespace HeelChallenge.Benchmarks.Leaderboards;

/// <summary>Knobs of the live-latency harness; defaults are the numbers the README reports.</summary>
public sealed record LiveOptions(int Users, double SetsPerSecond, int Workers, TimeSpan Duration, TimeSpan ProbeEvery, int Connections, int Threads, TimeSpan WrkDuration)
{
    public static LiveOptions Parse(string[] args)
    {
        var options = new LiveOptions(Users: 256, SetsPerSecond: 5_000, Workers: 64, Duration: TimeSpan.FromSeconds(30),
            ProbeEvery: TimeSpan.FromMilliseconds(200), Connections: 64, Threads: 2, WrkDuration: TimeSpan.FromSeconds(10));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--users" => options with { Users = int.Parse(value, CultureInfo.InvariantCulture) },
                "--rate" => options with { SetsPerSecond = double.Parse(value, CultureInfo.InvariantCulture) },
                "--workers" => options with { Workers = int.Parse(value, CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--probe-ms" => options with { ProbeEvery = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                "--connections" => options with { Connections = int.Parse(value, CultureInfo.InvariantCulture) },
                "--wrk-duration" => options with { WrkDuration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
