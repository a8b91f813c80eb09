using System.Diagnostics;
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
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(4));
        return (process.ExitCode, await output + await errors);
    }
}
