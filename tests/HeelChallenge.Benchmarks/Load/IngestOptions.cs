namespace HeelChallenge.Benchmarks.Load;

/// <summary>Knobs of the ingest harness; defaults are the numbers the README reports.</summary>
public sealed record IngestOptions(int Users, int Connections, int Threads, TimeSpan Duration, TimeSpan Warmup, bool Single = true)
{
    public static IngestOptions Parse(string[] args)
    {
        var options = new IngestOptions(Users: 256, Connections: 64, Threads: 2, Duration: TimeSpan.FromSeconds(15), Warmup: TimeSpan.FromSeconds(5));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--users" => options with { Users = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--threads" => options with { Threads = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                // --single off skips the one-fsync-per-append host: quicker probes when comparing two builds.
                "--single" => options with { Single = args[i + 1] != "off" },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
