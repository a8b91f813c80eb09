using System.Globalization;

namespace HeelChallenge.Benchmarks.Store;

/// <summary>Knobs of the event-store harness; defaults mirror the ingest benchmark's load (64 callers, 256 users).</summary>
public sealed record StoreOptions(int Appenders, int Streams, TimeSpan Duration, TimeSpan Warmup)
{
    public static StoreOptions Parse(string[] args)
    {
        var options = new StoreOptions(Appenders: 64, Streams: 256, Duration: TimeSpan.FromSeconds(15), Warmup: TimeSpan.FromSeconds(5));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--appenders" => options with { Appenders = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--streams" => options with { Streams = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (options.Appenders < 1 || options.Streams < options.Appenders)
            throw new ArgumentException("--streams must be at least --appenders, and both positive.");
        return options;
    }
}
