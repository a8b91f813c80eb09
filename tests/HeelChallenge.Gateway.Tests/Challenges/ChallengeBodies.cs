using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Challenges;

/// <summary>Challenge request bodies as JSON objects (so a test can drop, add or break any field) and shortcuts.</summary>
public static class ChallengeBodies
{
    public static JsonObject Definition(string visibility = "private", int? capacity = null, JsonArray? program = null)
    {
        var body = new JsonObject
        {
            ["name"] = "Heels by June",
            ["description"] = "Ten minutes a day.",
            ["startsAt"] = SetBodies.Instant(DateTimeOffset.UtcNow.AddDays(-1).ToOffset(TimeSpan.FromHours(2))),
            ["endsAt"] = SetBodies.Instant(DateTimeOffset.UtcNow.AddDays(30).ToOffset(TimeSpan.FromHours(2))),
            ["timeZone"] = "Europe/Paris",
            ["visibility"] = visibility,
        };
        if (capacity is not null) body["capacity"] = capacity;
        if (program is not null) body["program"] = program;
        return body;
    }

    public static Task<HttpResponseMessage> PostChallenge(this HttpClient client, JsonNode body) =>
        client.PostAsync("/api/challenges", SetBodies.Json(body));

    /// <summary>Creates a challenge that must be accepted and returns its body.</summary>
    public static async Task<JsonElement> CreateChallenge(this HttpClient client, string visibility = "private", int? capacity = null)
    {
        var response = await client.PostChallenge(Definition(visibility, capacity));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement;
    }

    public static Task<HttpResponseMessage> JoinByCode(this HttpClient client, string? inviteCode) =>
        client.PostAsync("/api/challenges/join", SetBodies.Json(new JsonObject { ["inviteCode"] = inviteCode }));

    public static string IdOf(JsonElement challenge) => challenge.GetProperty("challengeId").GetString()!;

    public static string CodeOf(JsonElement challenge) => challenge.GetProperty("inviteCode").GetString()!;
}
