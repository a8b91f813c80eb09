using System.Net;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>The page and its assets are anonymous; nothing else became so by serving them.</summary>
[Collection(WebAppCollection.Name)]
public sealed class StaticFilesTests(WebAppFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/js/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/icon.svg", "image/svg+xml")]
    public async Task Given_no_token_When_the_page_or_an_asset_is_requested_Then_it_is_served_same_origin_only(string path, string contentType)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.Empty(response.Headers.Server);
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/js/missing.js")]
    [InlineData("/wwwroot/index.html")]
    public async Task Given_no_token_When_anything_else_is_requested_Then_the_fallback_policy_still_answers_401(string path)
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        using var response = await http.GetAsync(path);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}
