using System.Globalization;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>
/// Knobs of the compare harness. Each side is a host build (its HeelChallenge.Host.dll; default: this checkout's) and
/// environment variables given as NAME=VALUE, several separated by spaces, e.g. --b-env "Projections__WakeSpacing=00:00:00.050".
/// </summary>
public sealed record CompareOptions(
    string AHost, IReadOnlyDictionary<string, string> AEnv, string BHost, IReadOnlyDictionary<string, string> BEnv,
    int Rounds, TimeSpan Segment, IngestOptions Load)
{
    public static CompareOptions Parse(string[] args)
    {
        var host = HeelChallenge.Testing.RepoPaths.HostAssembly;
        var options = new CompareOptions(host, Empty, host, Empty, Rounds: 8, Segment: TimeSpan.FromSeconds(4),
            new IngestOptions(Users: 256, Connections: 64, Threads: 2, Duration: TimeSpan.FromSeconds(4), Warmup: TimeSpan.FromSeconds(5)));
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            options = args[i] switch
            {
                "--a-host" => options with { AHost = Path.GetFullPath(value) },
                "--b-host" => options with { BHost = Path.GetFullPath(value) },
                "--a-env" => options with { AEnv = ParseEnvironment(value) },
                "--b-env" => options with { BEnv = ParseEnvironment(value) },
                "--rounds" => options with { Rounds = int.Parse(value, CultureInfo.InvariantCulture) },
                "--segment" => options with { Segment = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--users" => options with { Load = options.Load with { Users = int.Parse(value, CultureInfo.InvariantCulture) } },
                "--connections" => options with { Load = options.Load with { Connections = int.Parse(value, CultureInfo.InvariantCulture) } },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        if (options.Rounds < 2) throw new ArgumentException("--rounds must be at least 2 (the order alternates A B, B A).");
        return options;
    }

    private static readonly Dictionary<string, string> Empty = [];

    private static Dictionary<string, string> ParseEnvironment(string text)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0) throw new ArgumentException($"'{pair}' is not NAME=VALUE.");
            environment[pair[..equals]] = pair[(equals + 1)..];
        }

        return environment;
    }
}
