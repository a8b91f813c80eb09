using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HeelChallenge.Testing;

/// <summary>The real host executable on a free loopback port, started as its own OS process.</summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress, string dataDirectory)
    {
        _process = process;
        BaseAddress = baseAddress;
        DataDirectory = dataDirectory;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string DataDirectory { get; }

    /// <summary>From process start to the first ready answer: the cold-start time.</summary>
    public TimeSpan ReadyAfter { get; private set; }

    /// <summary>CPU time the host process has used so far (user + system), for per-request costs in benchmarks.</summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public static Task<HostProcess> StartAsync(string dataDirectory, params string[] extraArguments) =>
        StartAsync(dataDirectory, RepoPaths.HostAssembly, new Dictionary<string, string>(), extraArguments);

    /// <summary>A given build of the host (its HeelChallenge.Host.dll) with extra environment variables: benchmarks compare two.</summary>
    public static async Task<HostProcess> StartAsync(
        string dataDirectory, string hostAssembly, IReadOnlyDictionary<string, string> environment, params string[] extraArguments)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(), // the host must not depend on the working folder
        };
        start.ArgumentList.Add(hostAssembly);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        foreach (var arg in new[] { "--urls", baseAddress.ToString().TrimEnd('/'), "--Storage:DataDirectory", dataDirectory, "--RateLimits:Enabled", "false" }.Concat(extraArguments))
        {
            start.ArgumentList.Add(arg);
        }

        var started = Stopwatch.StartNew();
        var host = new HostProcess(Process.Start(start)!, baseAddress, dataDirectory);
        await host.WaitUntilReadyAsync(TimeSpan.FromSeconds(60));
        host.ReadyAfter = started.Elapsed;
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what was fsync'd survives.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        // The timed wait: the untimed one also waits for the output pipes to close, and once (a benchmark run,
        // 2026-11-26) it never returned although the host was gone.
        if (!_process.WaitForExit(TimeSpan.FromSeconds(30))) throw new TimeoutException("The host did not exit within 30 s of SIGKILL.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) KillHard();
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        // Poll with a short interval: the cold-start measurement is only as fine as this.
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException("The host exited during start-up:\n" + Output);
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }

            await Task.Delay(PollInterval);
        }

        throw new TimeoutException($"The host was not ready within {timeout}:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
