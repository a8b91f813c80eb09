using System.Globalization;
using System.Text.RegularExpressions;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>The numbers we read from wrk's output (run with --latency).</summary>
public sealed partial record WrkResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Requests, long Non2xx, long SocketErrors)
{
    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex Rps();

    [GeneratedRegex(@"^\s+50%\s+([\d.]+)(us|ms|s)", RegexOptions.Multiline)]
    private static partial Regex P50();

    [GeneratedRegex(@"^\s+99%\s+([\d.]+)(us|ms|s)", RegexOptions.Multiline)]
    private static partial Regex P99();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex Total();

    [GeneratedRegex(@"Non-2xx or 3xx responses: (\d+)")]
    private static partial Regex Non2xxCount();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex Errors();

    public static WrkResult Parse(string output)
    {
        var errors = Errors().Match(output);
        var socketErrors = errors.Success ? Enumerable.Range(1, 4).Sum(i => long.Parse(errors.Groups[i].Value, CultureInfo.InvariantCulture)) : 0;
        var non2xx = Non2xxCount().Match(output);
        return new WrkResult(
            double.Parse(Rps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            Millis(P50().Match(output)),
            Millis(P99().Match(output)),
            long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socketErrors);
    }

    private static double Millis(Match m)
    {
        var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }
}
