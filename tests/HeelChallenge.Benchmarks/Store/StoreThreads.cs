using System.Globalization;

namespace HeelChallenge.Benchmarks.Store;

/// <summary>
/// CPU time of the store's own threads (the writer and the checkpointer, named "HeelChallenge.EventStore …"), read from
/// /proc: the harness's appenders share the process, and only these threads are the store's cost per event.
/// </summary>
internal static class StoreThreads
{
    private const string NamePrefix = "HeelChallenge.E"; // Linux keeps 15 characters of a thread's name
    private const double TicksPerSecond = 100; // USER_HZ: the kernel reports utime and stime in these

    public static TimeSpan ProcessorTime()
    {
        if (!OperatingSystem.IsLinux()) return TimeSpan.Zero;
        var ticks = 0L;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(NamePrefix, StringComparison.Ordinal)) continue;

                // Fields after the ")" that closes the thread's name: state is first, utime the 12th, stime the 13th.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The thread ended between listing and reading.
            }
        }

        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
