using System.Net.Http.Json;
using System.Text.Json;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using HeelChallenge.Testing;

namespace HeelChallenge.EndToEnd.Tests.Projections;

/// <summary>
/// The offline rebuild verb against the real host's data: the service stops (kill -9), the verb discards every read
/// model and replays the log (in its own process, with the runtime settings it chooses), and the restarted service
/// shows the same board, progress and roster it showed before.
/// </summary>
public sealed class RebuildCommandTests : IAsyncDisposable
{
    private const string Password = "heels-demo-password";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hc-rebuild-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Given_a_stopped_service_with_history_When_rebuilt_offline_Then_the_restarted_service_shows_the_same_read_models()
    {
        Snapshot before;
        await using (var host = await HostProcess.StartAsync(_dataDirectory))
        {
            var (seeded, seedOutput) = await HostVerb.RunAsync("seed", "--url", host.BaseAddress.ToString().TrimEnd('/'));
            Assert.True(seeded == 0, seedOutput);
            before = await ReadWhenSettledAsync(host.BaseAddress, expected: null);
            host.KillHard();
        }

        var (rebuilt, output) = await HostVerb.RunAsync("rebuild", "--Storage:DataDirectory", _dataDirectory);

        Assert.True(rebuilt == 0, output);
        Assert.Matches(@"rebuild: discarded the snapshots of leaderboards, progress; the log holds [\d,]+ events", output);
        Assert.Matches(@"rebuild leaderboards done: [\d,]+ events in", output);
        Assert.Matches(@"rebuild progress done: [\d,]+ events in", output);
        Assert.Contains("rebuild done in", output, StringComparison.Ordinal);

        await using var restarted = await HostProcess.StartAsync(_dataDirectory);
        var after = await ReadWhenSettledAsync(restarted.BaseAddress, expected: before);
        Assert.Equal(before.Board, after.Board);
        Assert.Equal(before.Progress, after.Progress);
        Assert.Equal(before.Roster, after.Roster);
    }

    /// <summary>
    /// The board, Ada's progress and the coach's roster, once they are complete (or equal what is expected). The three
    /// read models follow the log separately, so "complete" is a fixed point: the counts are there and three readings in
    /// a row (200 ms) are identical.
    /// </summary>
    private static async Task<Snapshot> ReadWhenSettledAsync(Uri baseAddress, Snapshot? expected)
    {
        using var ada = new HttpClient { BaseAddress = baseAddress };
        await ApiClient.SignInAsync(ada, "demo-ada", Password);
        using var coach = new HttpClient { BaseAddress = baseAddress };
        await ApiClient.SignInAsync(coach, "demo-coach", Password);
        var challenges = await Poll.UntilAsync(() => ada.GetFromJsonAsync<JsonElement>("/api/me/challenges"),
            c => c.GetProperty("items").GetArrayLength() == 1, TimeSpan.FromSeconds(30));
        var challengeId = challenges.GetProperty("items")[0].GetProperty("challengeId").GetString();

        var (previous, unchanged) = ((Snapshot?)null, 0);
        async Task<(Snapshot Current, bool Settled)> ReadAsync()
        {
            var board = await ada.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/leaderboard?top=10");
            var progress = await ada.GetFromJsonAsync<JsonElement>("/api/me/progress?days=14");
            var roster = await coach.GetFromJsonAsync<JsonElement>("/api/coach/clients");
            var current = new Snapshot(
                string.Join("; ", board.GetProperty("entries").EnumerateArray().Select(e => $"{e.GetProperty("rank")} {e.GetProperty("displayName")} {e.GetProperty("points")} {e.GetProperty("reachedAt")}"))
                    + $" | version {board.GetProperty("version")}",
                progress.ToString(),
                string.Join("; ", roster.GetProperty("items").EnumerateArray().Select(c => c.ToString())));
            (previous, unchanged) = (current, current == previous ? unchanged + 1 : 0);
            var settled = expected is null
                ? board.GetProperty("participantCount").GetInt32() == 5 && roster.GetProperty("total").GetInt32() == 2
                  && board.GetProperty("entries").EnumerateArray().All(e => e.GetProperty("points").GetInt32() > 0)
                  && unchanged >= 2
                : current == expected;
            return (current, settled);
        }

        return (await Poll.UntilAsync(ReadAsync, r => r.Settled, TimeSpan.FromSeconds(60))).Current;
    }

    private sealed record Snapshot(string Board, string Progress, string Roster);

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
