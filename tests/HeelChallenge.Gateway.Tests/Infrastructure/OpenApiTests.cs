namespace HeelChallenge.Gateway.Tests.Infrastructure;

[Collection(GatewayCollection.Name)]
public sealed class OpenApiTests(GatewayFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Given_no_token_When_reading_the_openapi_document_Then_it_lists_every_path_and_the_bearer_scheme()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "/api/accounts", "/api/auth/token", "/api/exercises", "/api/me", "/api/me/sets", "/api/me/sets/{setId}", "/api/me/summary", "/api/ping" },
            paths);
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var logSet = document.GetProperty("paths").GetProperty("/api/me/sets").GetProperty("post");
        Assert.Equal("LogSet", logSet.GetProperty("operationId").GetString());
        Assert.True(logSet.TryGetProperty("security", out _));
        Assert.False(document.GetProperty("paths").GetProperty("/api/exercises").GetProperty("get").TryGetProperty("security", out _));
        var request = document.GetProperty("components").GetProperty("schemas").GetProperty("LogSetRequest");
        Assert.Equal(["exerciseId", "performedAt", "setId"], request.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).Order().ToArray());
        Assert.Equal("date-time", request.GetProperty("properties").GetProperty("performedAt").GetProperty("format").GetString());
    }

    [Fact]
    public async Task Given_no_token_When_opening_the_api_reference_Then_it_is_served_with_its_script_from_this_process()
    {
        var page = await _client.GetAsync("/scalar");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.DoesNotContain("cdn.jsdelivr.net", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
        var script = await _client.GetAsync("/scalar/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.True((await script.Content.ReadAsByteArrayAsync()).Length > 100_000);
    }
}
