using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Auth;

[Collection(GatewayCollection.Name)]
public sealed class TokenTests(GatewayFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Given_the_right_password_When_asking_for_a_token_Then_200_with_a_token_for_that_user()
    {
        var user = await TestUser.CreateAsync(factory);

        var response = await _client.PostAsJsonAsync("/api/auth/token", new { username = user.Username, password = user.Password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(user.UserId, body.GetProperty("userId").GetGuid());
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddHours(11.9), DateTimeOffset.UtcNow.AddHours(12.1));
        var jwt = new JsonWebToken(body.GetProperty("accessToken").GetString());
        Assert.Equal(user.UserId.ToString(), jwt.Subject);
        Assert.Equal(user.Username, jwt.GetClaim("name").Value);
        Assert.Equal("heelchallenge", jwt.Issuer);
        Assert.Equal("HS256", jwt.Alg);
        Assert.False(jwt.TryGetClaim("role", out _));
    }

    [Fact]
    public async Task Given_a_wrong_password_or_an_unknown_user_When_asking_for_a_token_Then_the_same_401_problem()
    {
        var user = await TestUser.CreateAsync(factory);

        var wrongPassword = await _client.PostAsJsonAsync("/api/auth/token", new { username = user.Username, password = "not the password" });
        var unknownUser = await _client.PostAsJsonAsync("/api/auth/token", new { username = TestUser.FreshUsername(), password = user.Password });

        var a = await ProblemAssert.AssertProblem(wrongPassword, HttpStatusCode.Unauthorized);
        var b = await ProblemAssert.AssertProblem(unknownUser, HttpStatusCode.Unauthorized);
        Assert.Equal(a.GetProperty("detail").GetString(), b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_an_admin_username_When_asking_for_a_token_Then_it_carries_the_admin_role()
    {
        var admin = await factory.AdminAsync();

        var jwt = new JsonWebToken(admin.AccessToken);

        Assert.Equal("admin", jwt.GetClaim("role").Value);
    }

    [Theory]
    [InlineData("/api/me")]
    [InlineData("/api/me/sets")]
    [InlineData("/api/me/sets/some-set")]
    [InlineData("/api/me/summary")]
    public async Task Given_no_token_When_calling_a_me_endpoint_Then_401_problem_with_a_bearer_challenge(string path)
    {
        var response = await _client.GetAsync(path);

        await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Given_no_token_When_posting_a_set_Then_401()
    {
        var response = await _client.PostSet(SetBodies.LegPress(SetBodies.NewSetId()));

        await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_tampered_token_When_calling_the_api_Then_401()
    {
        var user = await TestUser.CreateAsync(factory);
        var other = Guid.NewGuid();
        var parts = user.AccessToken.Split('.');
        // Same header and signature, payload rewritten to another user: the signature no longer matches.
        var payload = Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace(user.UserId.ToString(), other.ToString()));
        var tampered = string.Join('.', parts[0], payload, parts[2]);

        var response = await Get("/api/me", tampered);

        var problem = await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("Bearer {0}")]
    [InlineData("bearer {0}")]
    [InlineData("Bearer   {0}  ")]
    public async Task Given_a_valid_token_When_sent_in_any_accepted_spelling_repeatedly_Then_every_request_is_that_user(string format)
    {
        var user = await TestUser.CreateAsync(factory);

        for (var i = 0; i < 3; i++)
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
            request.Headers.TryAddWithoutValidation("Authorization", string.Format(System.Globalization.CultureInfo.InvariantCulture, format, user.AccessToken));
            var response = await _client.SendAsync(request);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var me = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(user.UserId.ToString(), me.GetProperty("userId").GetString());
        }
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Given_an_authorization_header_without_a_bearer_token_When_calling_the_api_Then_401_asking_for_one(string header)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.TryAddWithoutValidation("Authorization", header);

        var problem = await ProblemAssert.AssertProblem(await _client.SendAsync(request), HttpStatusCode.Unauthorized);
        Assert.Contains("needs a bearer token", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_two_authorization_headers_When_calling_the_api_Then_401_saying_the_token_is_not_valid()
    {
        var user = await TestUser.CreateAsync(factory);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.TryAddWithoutValidation("Authorization", ["Bearer " + user.AccessToken, "Bearer " + user.AccessToken]);

        var response = await _client.SendAsync(request);

        var problem = await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("not valid", problem.GetProperty("detail").GetString());
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter == "error=\"invalid_token\"");
    }

    [Fact]
    public async Task Given_an_expired_token_When_calling_the_api_Then_401_saying_it_expired()
    {
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddMinutes(-5));

        var response = await Get("/api/me", token);

        var problem = await ProblemAssert.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("expired", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_a_token_signed_with_another_key_When_calling_the_api_Then_401()
    {
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1), key: new byte[64]);

        await ProblemAssert.AssertProblem(await Get("/api/me", token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_no_external_issuer_configured_When_a_token_names_another_issuer_Then_401()
    {
        // Even signed with our own key: only tokens of issuer "heelchallenge" are accepted.
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1), issuer: "https://login.example.com");

        await ProblemAssert.AssertProblem(await Get("/api/me", token), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_a_valid_token_for_a_user_without_profile_When_reading_me_Then_404_not_someone_else()
    {
        var token = TestKeys.Token(Guid.NewGuid(), DateTime.UtcNow.AddHours(1));

        await ProblemAssert.AssertProblem(await Get("/api/me", token), HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> Get(string path, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        return _client.SendAsync(request);
    }
}
