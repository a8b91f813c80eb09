namespace HeelChallenge.Gateway.Tests.Exercises;

[Collection(GatewayCollection.Name)]
public sealed class CatalogTests(GatewayFactory factory)
{
    private static readonly string[] Fields = ["id", "name", "where", "kind", "unit", "sets", "reps", "seconds", "sided", "muscles", "cue"];

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Given_no_token_When_reading_the_catalog_Then_the_eight_exercises_with_the_contract_ids()
    {
        var response = await _client.GetAsync("/api/exercises");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exercises = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        Assert.Equal(
            ["leg-press", "floor-calf-raise", "seated-calf-raise", "foam-roller-release", "standing-hip-abductor", "ankle-alphabet", "leg-extension", "arch-rolls"],
            exercises.Select(e => e.GetProperty("id").GetString()!).ToArray());
        Assert.Equal(
            ["foam-roller-release", "ankle-alphabet", "arch-rolls"],
            exercises.Where(e => e.GetProperty("sided").GetBoolean()).Select(e => e.GetProperty("id").GetString()!).ToArray());
        foreach (var e in exercises)
        {
            Assert.All(e.EnumerateObject(), p => Assert.Contains(p.Name, Fields));
            Assert.Contains(e.GetProperty("where").GetString(), new[] { "gym", "home" });
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("name").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("cue").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("unit").GetString()));
            Assert.True(e.GetProperty("sets").GetInt32() >= 1);
            Assert.True(e.GetProperty("muscles").GetArrayLength() >= 1);
            var timed = e.GetProperty("kind").GetString() == "timed";
            Assert.Equal(timed, e.TryGetProperty("seconds", out _));
            Assert.Equal(!timed, e.TryGetProperty("reps", out _));
        }
    }

    [Fact]
    public async Task Given_the_article_When_reading_prescriptions_Then_they_match_it()
    {
        var exercises = (await _client.GetFromJsonAsync<JsonElement>("/api/exercises")).EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!);

        Assert.Equal((4, 10), (exercises["leg-press"].GetProperty("sets").GetInt32(), exercises["leg-press"].GetProperty("reps").GetInt32()));
        Assert.Equal(20, exercises["floor-calf-raise"].GetProperty("reps").GetInt32());
        Assert.Equal("timed", exercises["foam-roller-release"].GetProperty("kind").GetString());
        Assert.Equal(300, exercises["foam-roller-release"].GetProperty("seconds").GetInt32());
        Assert.Equal("seconds", exercises["arch-rolls"].GetProperty("unit").GetString());
        Assert.Equal("gym", exercises["leg-extension"].GetProperty("where").GetString());
    }

    [Fact]
    public async Task Given_the_etag_When_revalidating_Then_304_and_the_response_is_cacheable()
    {
        var first = await _client.GetAsync("/api/exercises");
        Assert.NotNull(first.Headers.ETag);
        Assert.True(first.Headers.CacheControl?.Public);
        Assert.True(first.Headers.CacheControl?.MaxAge > TimeSpan.Zero);

        var request = new HttpRequestMessage(HttpMethod.Get, "/api/exercises");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);
        var second = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }
}
