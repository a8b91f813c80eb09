using System.Net.Http.Headers;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>A user created through the API, with a client that sends its bearer token.</summary>
public sealed record TestUser(Guid UserId, string Username, string Password, string AccessToken, HttpClient Client)
{
    public static string FreshUsername(string prefix = "u") => prefix + "-" + Guid.NewGuid().ToString("N")[..16];

    public static async Task<TestUser> CreateAsync(GatewayFactory factory, string? username = null, string timeZone = "Europe/Paris")
    {
        username ??= FreshUsername();
        const string password = "correct horse battery";
        var anonymous = factory.CreateClient();
        var created = await anonymous.PostAsJsonAsync("/api/accounts", new { username, password, displayName = "Test " + username, timeZone });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();

        var token = await anonymous.PostAsJsonAsync("/api/auth/token", new { username, password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return new TestUser(userId, username, password, accessToken, client);
    }
}
