using System.Net.Http.Headers;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>Its own host, so the tiny limits never slow the other tests.</summary>
public sealed class RateLimitTests(RateLimitedFactory factory) : IClassFixture<RateLimitedFactory>
{
    [Fact]
    public async Task Given_tiny_limits_When_exceeding_them_Then_429_problem_with_retry_after_per_ip_and_per_user()
    {
        var client = factory.CreateClient();
        var username = TestUser.FreshUsername();
        const string password = "password ok";
        Assert.Equal(HttpStatusCode.Created,
            (await client.PostAsJsonAsync("/api/accounts", new { username, password, displayName = "R", timeZone = "UTC" })).StatusCode);
        var token = await client.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { username, password = "wrong one" })).StatusCode);

        var limited = await client.PostAsJsonAsync("/api/auth/token", new { username, password });

        await ProblemAssert.AssertProblem(limited, HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        var user = factory.CreateClient();
        user.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await user.GetAsync("/api/me")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        // The anonymous catalog is not limited per user.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/exercises")).StatusCode);
    }
}
