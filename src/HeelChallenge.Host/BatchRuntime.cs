using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HeelChallenge.Host;

/// <summary>
/// The rebuild verb runs with dynamic PGO off and without the start-up delay before methods are counted for tier-up.
/// PGO first runs hot methods in an instrumented tier and repays that over a process that serves for hours; a rebuild
/// lives seconds, so it only pays (1,000,000 events: about a fifth of the wall time, measured with
/// <c>DOTNET_TieredPGO=0</c> against the default in alternating runs; the counting delay another few percent). The
/// runtime reads these settings only at start, so the verb starts itself once more with them, passes on the exit
/// code, and stops the child if it is stopped itself. An operator's own value of the PGO variable is respected (no
/// second process then).
/// </summary>
internal static class BatchRuntime
{
    public const string PgoVariable = "DOTNET_TieredPGO";

    /// <summary>The child's exit code, or null when this process should run the verb itself.</summary>
    public static async Task<int?> RunWithoutPgoAsync(string[] args)
    {
        if (Environment.GetEnvironmentVariable(PgoVariable) is not null || Environment.ProcessPath is not { } processPath) return null;

        var start = new ProcessStartInfo(processPath) { UseShellExecute = false };
        // Under `dotnet app.dll` (or `dotnet run` without an apphost) the process is the muxer: name the app again.
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet") start.ArgumentList.Add(typeof(BatchRuntime).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment[PgoVariable] = "0";
        start.Environment["DOTNET_TC_CallCountingDelayMs"] = "0";

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {processPath}.");
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => Stop(child));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, _ => Stop(child));
        await child.WaitForExitAsync();
        return child.ExitCode;
    }

    private static void Stop(Process child)
    {
        try
        {
            if (!child.HasExited) child.Kill();
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }
}
