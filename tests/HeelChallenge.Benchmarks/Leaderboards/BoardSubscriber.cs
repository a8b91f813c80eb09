using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace HeelChallenge.Benchmarks.Leaderboards;

/// <summary>An SSE client of one board (with around=me): remembers when it first saw the subscriber's points reach each value.</summary>
public sealed class BoardSubscriber(Uri baseAddress, string token, string challengeId)
{
    private readonly List<(int Points, long Timestamp)> _seen = [];
    private int _events;

    public int Events => Volatile.Read(ref _events);

    /// <summary>When an event first showed at least <paramref name="points"/> (a Stopwatch timestamp), if one did.</summary>
    public long? FirstAtLeast(int points)
    {
        lock (_seen)
        {
            foreach (var (p, at) in _seen)
            {
                if (p >= points) return at;
            }
        }

        return null;
    }

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/challenges/{challengeId}/leaderboard/stream?top=3&around=me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, stop);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(stop));
        try
        {
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                if (!line.StartsWith("data: ", StringComparison.Ordinal)) continue;
                var at = Stopwatch.GetTimestamp();
                using var board = JsonDocument.Parse(line.AsMemory(6));
                Interlocked.Increment(ref _events);
                if (!board.RootElement.TryGetProperty("me", out var me)) continue;
                var points = me.GetProperty("points").GetInt32();
                lock (_seen)
                {
                    if (_seen.Count == 0 || points > _seen[^1].Points) _seen.Add((points, at));
                }
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
    }
}
