using System.Net.Http.Headers;
using HeelChallenge.Gateway.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Auth;

public sealed class ExternalIssuerTests(OidcFactory factory) : IClassFixture<OidcFactory>
{
    [Fact]
    public async Task Given_a_token_of_the_configured_issuer_When_calling_me_Then_the_user_is_created_on_first_use_with_a_derived_id()
    {
        var subject = "ext-" + Guid.NewGuid().ToString("N");
        var client = Client(ExternalToken(subject, OidcFactory.IssuerKey));

        var profile = await client.GetFromJsonAsync<JsonElement>("/api/me");

        Assert.Equal(ExternalUsers.UserIdOf(OidcFactory.Authority, subject), profile.GetProperty("userId").GetGuid());
        Assert.Equal("Grace Hopper", profile.GetProperty("displayName").GetString());
        Assert.Equal("America/New_York", profile.GetProperty("timeZone").GetString());
        var set = SetBodies.LegPress(SetBodies.NewSetId());
        Assert.Equal(HttpStatusCode.Created, (await client.PostSet(set)).StatusCode);
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32());
    }

    [Fact]
    public async Task Given_an_external_issuer_is_configured_When_using_a_local_token_Then_it_still_works()
    {
        var user = await TestUser.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.OK, (await user.Client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Given_a_token_naming_the_issuer_but_signed_by_someone_else_When_calling_me_Then_401()
    {
        var forged = ExternalToken("ext-" + Guid.NewGuid().ToString("N"), new SymmetricSecurityKey(TestKeys.SigningKey));

        var response = await Client(forged).GetAsync("/api/me");

        await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    private HttpClient Client(string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static string ExternalToken(string subject, SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = OidcFactory.Authority,
        Audience = OidcFactory.Audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Claims = new Dictionary<string, object>
        {
            ["sub"] = subject,
            ["preferred_username"] = "grace",
            ["name"] = "Grace Hopper",
            ["zoneinfo"] = "America/New_York",
        },
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
    });
}
