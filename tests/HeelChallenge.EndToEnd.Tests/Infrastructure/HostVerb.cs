using System.Diagnostics;
using System.Text;
using HeelChallenge.Testing;

namespace HeelChallenge.EndToEnd.Tests.Infrastructure;

/// <summary>Runs one of the host's verbs (seed, rebuild) as its own process, as an operator would.</summary>
public static class HostVerb
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(RepoPaths.HostAssembly);
        foreach (var arg in arguments) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        void Append(string? line)
        {
            if (line is null) return;
            lock (output) output.AppendLine(line);
        }

        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
            lock (output) throw new TimeoutException($"'{string.Join(' ', arguments)}' did not finish within 4 minutes; its output:\n{output}");
        }

        // WaitForExit without a timeout also waits for the redirected streams to end.
        await process.WaitForExitAsync();
        lock (output) return (process.ExitCode, output.ToString());
    }
}
