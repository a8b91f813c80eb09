using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Abstractions.Leaderboards;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>
/// Turns a board's change notices into Server-Sent Events. A notice is only a hint: on each one the stream reads the
/// board (the truth) and sends it if its version differs from the last one sent — so a burst of changes costs one read,
/// a client resuming with Last-Event-ID gets the board at once only if it moved, and the event id is always the
/// version of the data it carries. Before each event it checks again that the caller may still see the challenge.
/// </summary>
public sealed partial class LeaderboardStream(
    IGrainFactory grains,
    IOptions<LeaderboardStreamOptions> options,
    TimeProvider time,
    ILogger<LeaderboardStream> logger)
{
    public const string ContentType = "text/event-stream";

    public async Task RunAsync(HttpContext http, Guid challengeId, Guid userId, LeaderboardQuery query, long lastVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var response = http.Response;
        response.ContentType = ContentType;
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        var sent = lastVersion;
        using var heartbeat = new PeriodicTimer(options.Value.HeartbeatInterval);
        try
        {
            await response.StartAsync(cancellationToken);

            // Send the headers now: Kestrel holds them until the first flush, so a quiet board left the browser's
            // request pending (the web app saying "Connecting…") until the first heartbeat, 15 s later.
            await response.Body.FlushAsync(cancellationToken);

            // The pending heartbeat tick outlives each subscription (a PeriodicTimer allows one waiter at a time).
            var beat = new StrongBox<Task<bool>>(heartbeat.WaitForNextTickAsync(cancellationToken).AsTask());
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    (var goOn, sent) = await WatchAsync(response, challengeId, userId, query, sent, heartbeat, beat, cancellationToken);
                    if (!goOn) return;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogWatchFailed(logger, e, challengeId);
                    await Task.Delay(options.Value.RetryDelay, time, cancellationToken);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The client went away: that is how a stream ends.
        }
    }

    /// <summary>Follows one subscription until it ends; false when the caller may no longer see the challenge.</summary>
    private async Task<(bool GoOn, long Sent)> WatchAsync(HttpResponse response, Guid challengeId, Guid userId,
        LeaderboardQuery query, long sent, PeriodicTimer heartbeat, StrongBox<Task<bool>> beat, CancellationToken cancellationToken)
    {
        var board = grains.Reference<ILeaderboardGrain>(challengeId);
        await using var notices = board.WatchAsync(sent, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = notices.MoveNextAsync().AsTask();
        while (true)
        {
            if (await Task.WhenAny(next, beat.Value!) != next)
            {
                await beat.Value!;
                beat.Value = heartbeat.WaitForNextTickAsync(cancellationToken).AsTask();
                await response.WriteAsync(": heartbeat\n\n", cancellationToken);
                await response.Body.FlushAsync(cancellationToken);
                continue;
            }

            if (!await next) return (true, sent);
            var view = await board.GetBoard(query);
            if (view.Version != sent)
            {
                if (!await grains.Reference<IChallengeGrain>(challengeId).CanView(userId)) return (false, sent);
                await WriteAsync(response, view, cancellationToken);
                sent = view.Version;
            }

            next = notices.MoveNextAsync().AsTask();
        }
    }

    private async Task WriteAsync(HttpResponse response, LeaderboardView view, CancellationToken cancellationToken)
    {
        var data = JsonSerializer.Serialize(LeaderboardResponse.From(view, time.GetUtcNow()), LeaderboardJsonContext.Default.LeaderboardResponse);
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {view.Version}\nevent: leaderboard\ndata: {data}\n\n"), cancellationToken);
        await response.Body.FlushAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching the board of {ChallengeId} failed; subscribing again.")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception, Guid challengeId);
}
