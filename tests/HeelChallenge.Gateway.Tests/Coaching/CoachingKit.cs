namespace HeelChallenge.Gateway.Tests.Coaching;

/// <summary>Coach invites and consent through the API.</summary>
public static class CoachingKit
{
    public static async Task<string> IssueInvite(TestUser coach)
    {
        var response = await coach.Client.PostAsync("/api/coach/invites", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
    }

    public static Task<HttpResponseMessage> Accept(TestUser client, string code) =>
        client.Client.PostAsJsonAsync("/api/me/coaches", new { code });

    /// <summary>A coach and a client who accepted them.</summary>
    public static async Task<(TestUser Coach, TestUser Client)> Pair(GatewayFactory factory)
    {
        var coach = await TestUser.CreateAsync(factory);
        var client = await TestUser.CreateAsync(factory);
        Assert.Equal(HttpStatusCode.Created, (await Accept(client, await IssueInvite(coach))).StatusCode);
        return (coach, client);
    }
}
