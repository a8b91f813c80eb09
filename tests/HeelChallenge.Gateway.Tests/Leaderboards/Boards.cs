namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>Reading boards over HTTP, polling with a deadline while the projection catches up.</summary>
public static class Boards
{
    public static Task<HttpResponseMessage> GetBoard(this HttpClient client, string challengeId, string query = "") =>
        client.GetAsync($"/api/challenges/{challengeId}/leaderboard{query}");

    public static async Task<JsonElement> BoardWhen(this HttpClient client, string challengeId, Func<JsonElement, bool> condition, string query = "")
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var response = await client.GetBoard(challengeId, query);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var board = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (condition(board)) return board;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The board never met the condition; last: {board}");
            await Task.Delay(20);
        }
    }

    public static int[] Points(JsonElement board) => [.. board.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("points").GetInt32())];

    public static async Task LogLegPress(this TestUser user, int reps)
    {
        var response = await user.Client.PostAsync("/api/me/sets", SetBodies.Json(SetBodies.LegPress(SetBodies.NewSetId(), reps)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
