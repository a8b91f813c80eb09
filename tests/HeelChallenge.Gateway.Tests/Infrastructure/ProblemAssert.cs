namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 problem responses.</summary>
public static class ProblemAssert
{
    public static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    /// <summary>The problem names <paramref name="field"/> in its errors and its detail says something.</summary>
    public static async Task<JsonElement> AssertFieldProblem(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var problem = await AssertProblem(response, status);
        Assert.True(problem.TryGetProperty("errors", out var errors), $"No errors in {problem}");
        Assert.True(errors.TryGetProperty(field, out var messages), $"'{field}' not named in {errors}");
        Assert.True(messages.GetArrayLength() > 0);
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }

    public static string[] FieldsOf(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
}
