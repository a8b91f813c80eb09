using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>Request bodies for /api/me/sets as JSON objects, so a test can drop, add or break any field.</summary>
public static class SetBodies
{
    public static string NewSetId() => "s-" + Guid.NewGuid().ToString("N");

    public static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture);

    public static JsonObject LegPress(string setId, int reps = 10, decimal? loadKg = 80m, DateTimeOffset? performedAt = null)
    {
        var body = new JsonObject
        {
            ["setId"] = setId,
            ["exerciseId"] = "leg-press",
            ["reps"] = reps,
            ["performedAt"] = Instant(performedAt ?? DateTimeOffset.UtcNow.AddMinutes(-10).ToOffset(TimeSpan.FromHours(2))),
        };
        if (loadKg is not null) body["loadKg"] = loadKg;
        return body;
    }

    public static JsonObject FoamRoller(string setId, string side = "left", int seconds = 300, DateTimeOffset? performedAt = null) => new()
    {
        ["setId"] = setId,
        ["exerciseId"] = "foam-roller-release",
        ["side"] = side,
        ["seconds"] = seconds,
        ["performedAt"] = Instant(performedAt ?? DateTimeOffset.UtcNow.AddMinutes(-10)),
    };

    public static StringContent Json(JsonNode body) => Raw(body.ToJsonString());

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    public static Task<HttpResponseMessage> PostSet(this HttpClient client, JsonNode body) => client.PostAsync("/api/me/sets", Json(body));
}
