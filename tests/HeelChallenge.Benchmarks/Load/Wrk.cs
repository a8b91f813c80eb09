using System.Diagnostics;
using System.Globalization;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>Runs wrk (Debian package `wrk`) against loopback and parses its report.</summary>
public static class Wrk
{
    public static async Task<WrkResult> RunAsync(Uri url, IngestOptions options, TimeSpan duration, string? script = null, params string[] scriptArgs)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[]
                 {
                     "-t", options.Threads.ToString(CultureInfo.InvariantCulture),
                     "-c", options.Connections.ToString(CultureInfo.InvariantCulture),
                     "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s",
                     "--timeout", "5s", "--latency",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }

        start.ArgumentList.Add(url.ToString());
        if (scriptArgs.Length > 0)
        {
            start.ArgumentList.Add("--");
            foreach (var arg in scriptArgs) start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: apt-get install -y wrk");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}\n{output}");
        return WrkResult.Parse(output);
    }
}
