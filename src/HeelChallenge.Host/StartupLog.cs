using System.Diagnostics;

namespace HeelChallenge.Host;

/// <summary>Says where the service listens and stores, and how long the cold start took.</summary>
public static partial class StartupLog
{
    public static void WhenReady(WebApplication app, HostSettings settings)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HeelChallenge.Host");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            // Started fires after the silo and the HTTP server are up: the first request can be answered now.
            var elapsed = DateTime.Now - Process.GetCurrentProcess().StartTime;
            Listening(logger, string.Join(", ", app.Urls), settings.DataDirectory, settings.StoreDescription);
            Ready(logger, (long)elapsed.TotalMilliseconds);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "HeelChallenge listening on {Urls}; data directory {DataDirectory}; store {Store}")]
    private static partial void Listening(ILogger logger, string urls, string dataDirectory, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "HeelChallenge ready in {Milliseconds} ms")]
    private static partial void Ready(ILogger logger, long milliseconds);
}
