using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace HeelChallenge.Benchmarks.Leaderboards;

/// <summary>
/// Background ingest at a fixed rate: workers take request slots from one schedule (slot n is due at n / rate seconds)
/// and POST /api/me/sets for the next user in a round-robin of tokens; a worker behind schedule sends at once.
/// </summary>
public sealed class PacedIngest(Uri baseAddress, IReadOnlyList<string> tokens, double rate, int workers)
{
    private long _slots;
    private long _ok;
    private long _failed;

    public long Succeeded => Interlocked.Read(ref _ok);

    public long Failed => Interlocked.Read(ref _failed);

    public async Task RunAsync(CancellationToken stop)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            while (!stop.IsCancellationRequested)
            {
                var slot = Interlocked.Increment(ref _slots);
                var due = TimeSpan.FromSeconds(slot / rate) - clock.Elapsed;
                if (due > TimeSpan.Zero)
                {
                    try
                    {
                        await Task.Delay(due, stop);
                    }
                    catch (OperationCanceledException)
                    {
                        return;
                    }
                }

                await SendAsync(http, slot);
            }
        }));
    }

    private async Task SendAsync(HttpClient http, long slot)
    {
        var body = string.Create(CultureInfo.InvariantCulture,
            $"{{\"setId\":\"live-{slot}\",\"exerciseId\":\"floor-calf-raise\",\"reps\":{10 + (slot % 11)},\"performedAt\":\"{DateTimeOffset.UtcNow.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}\"}}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/me/sets") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[(int)(slot % tokens.Count)]);
        try
        {
            using var response = await http.SendAsync(request);
            Interlocked.Increment(ref response.IsSuccessStatusCode ? ref _ok : ref _failed);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref _failed);
        }
        catch (TaskCanceledException)
        {
            Interlocked.Increment(ref _failed);
        }
    }
}
