using System.Net.Http.Json;
using System.Text.Json;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using HeelChallenge.Testing;

namespace HeelChallenge.EndToEnd.Tests.Seeding;

/// <summary>The seed verb against the real host: demo accounts, a live board, a coach's roster; a second run adds nothing.</summary>
public sealed class SeedCommandTests : IAsyncDisposable
{
    private const string Password = "heels-demo-password";
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hc-seed-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Given_a_running_service_When_seeding_twice_Then_the_demo_is_there_once_with_a_board_and_a_roster()
    {
        await using var host = await HostProcess.StartAsync(_dataDirectory);

        var (first, firstOutput) = await HostVerb.RunAsync("seed", "--url", host.BaseAddress.ToString().TrimEnd('/'));
        Assert.True(first == 0, firstOutput);
        Assert.Contains("seed: sets", firstOutput, StringComparison.Ordinal);
        Assert.Matches(@"seed done: 6 accounts, 1 challenge, 2 coached clients, [\d,]+ sets \([\d,]+ new\)", firstOutput);

        using var ada = new HttpClient { BaseAddress = host.BaseAddress };
        await ApiClient.SignInAsync(ada, "demo-ada", Password);
        var setsAfterFirst = (await ada.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32();
        Assert.True(setsAfterFirst > 100, $"demo-ada has only {setsAfterFirst} sets");
        // "My challenges", the board and the roster are projections: read each until it shows the whole seed.
        var mine = await PollAsync(() => ada.GetFromJsonAsync<JsonElement>("/api/me/challenges"), c => c.GetProperty("items").GetArrayLength() == 1);
        var challenge = Assert.Single(mine.GetProperty("items").EnumerateArray());
        // Ada trains every day (adherence 1.0 in the demo): she is on the board with the most points (a tie is possible).
        var board = await PollAsync(() => ada.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.GetProperty("challengeId").GetString()}/leaderboard?top=10"),
            b => b.GetProperty("participantCount").GetInt32() == 5 && AdaLeads(b));
        var points = board.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("displayName").GetString()!, e => e.GetProperty("points").GetInt32());
        Assert.Equal(points.Values.Max(), points["Ada (demo)"]);

        using var coach = new HttpClient { BaseAddress = host.BaseAddress };
        await ApiClient.SignInAsync(coach, "demo-coach", Password);
        // A roster row appears with the grant; its name follows when the client's progress pushes it.
        var roster = await PollAsync(() => coach.GetFromJsonAsync<JsonElement>("/api/coach/clients"),
            r => r.GetProperty("total").GetInt32() == 2 && r.GetProperty("items").EnumerateArray().All(c => c.GetProperty("displayName").GetString() != ""));
        Assert.Equal(["Bea (demo)", "Dana (demo)"], roster.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("displayName").GetString()).Order());

        var (second, secondOutput) = await HostVerb.RunAsync("seed", "--url", host.BaseAddress.ToString().TrimEnd('/'));
        Assert.True(second == 0, secondOutput);
        Assert.Contains("(0 new)", secondOutput, StringComparison.Ordinal);
        Assert.Equal(setsAfterFirst, (await ada.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32());
        Assert.Single((await ada.GetFromJsonAsync<JsonElement>("/api/me/challenges")).GetProperty("items").EnumerateArray());
    }

    /// <summary>Ada's sets are logged last: her points climb until the board has them all, then she has the most.</summary>
    private static bool AdaLeads(JsonElement board)
    {
        var points = board.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("displayName").GetString()!, e => e.GetProperty("points").GetInt32());
        return points.TryGetValue("Ada (demo)", out var ada) && ada > 0 && ada == points.Values.Max();
    }

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var last = await Poll.UntilAsync(read, done, TimeSpan.FromSeconds(30));
        Assert.True(done(last), last.ToString());
        return last;
    }

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
