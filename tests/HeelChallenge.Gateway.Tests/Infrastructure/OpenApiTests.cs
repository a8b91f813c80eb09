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
    public async Task Given_the_openapi_document_When_reading_LogSet_Then_it_lists_its_problem_answers_and_the_fields_as_sent()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var responses = document.GetProperty("paths").GetProperty("/api/me/sets").GetProperty("post").GetProperty("responses");
        Assert.Equal(["200", "201", "400", "401", "409", "413", "429"], responses.EnumerateObject().Select(r => r.Name).Order().ToArray());
        foreach (var status in new[] { "400", "401", "409", "413", "429" })
            Assert.True(responses.GetProperty(status).GetProperty("content").TryGetProperty("application/problem+json", out _), status);
        var paths = document.GetProperty("paths");
        Assert.False(paths.GetProperty("/api/exercises").GetProperty("get").GetProperty("responses").TryGetProperty("401", out _));
        Assert.True(paths.GetProperty("/api/me/sets/{setId}").GetProperty("delete").GetProperty("responses").TryGetProperty("404", out _));
        Assert.True(paths.GetProperty("/api/admin/projections/rebuild").GetProperty("post").GetProperty("responses").TryGetProperty("403", out _));

        var schemas = document.GetProperty("components").GetProperty("schemas");
        // Problems carry extensions (errors, traceId), so the schema must not close the object.
        Assert.False(schemas.GetProperty("ProblemDetails").TryGetProperty("additionalProperties", out var closed) && closed.ValueKind == JsonValueKind.False);
        var setResponse = schemas.GetProperty("SetResponse").GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
        Assert.DoesNotContain("side", setResponse); // left out when null
        Assert.DoesNotContain("seconds", setResponse);
        Assert.Contains("correctedAt", setResponse); // written as null
        var setId = schemas.GetProperty("LogSetRequest").GetProperty("properties").GetProperty("setId").GetProperty("type");
        Assert.Equal(JsonValueKind.String, setId.ValueKind); // "string", not ["null", "string"]
        Assert.Equal("string", setId.GetString());
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
