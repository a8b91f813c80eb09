namespace HeelChallenge.Gateway.Tests.Accounts;

[Collection(GatewayCollection.Name)]
public sealed class CreateAccountTests(GatewayFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Given_valid_fields_When_creating_an_account_Then_201_with_a_user_id_and_the_profile_holds_them()
    {
        var username = TestUser.FreshUsername("Ada");
        var response = await _client.PostAsJsonAsync("/api/accounts",
            new { username, password = "long enough secret", displayName = "  Ada Lovelace ", timeZone = "America/New_York" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var userId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();
        Assert.NotEqual(Guid.Empty, userId);

        var token = await _client.PostAsJsonAsync("/api/auth/token", new { username = username.ToUpperInvariant(), password = "long enough secret" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var tokenBody = await token.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(userId, tokenBody.GetProperty("userId").GetGuid());

        var me = factory.CreateClient();
        me.DefaultRequestHeaders.Authorization = new("Bearer", tokenBody.GetProperty("accessToken").GetString());
        var profile = await me.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal(userId, profile.GetProperty("userId").GetGuid());
        Assert.Equal(username.ToLowerInvariant(), profile.GetProperty("username").GetString());
        Assert.Equal("Ada Lovelace", profile.GetProperty("displayName").GetString());
        Assert.Equal("America/New_York", profile.GetProperty("timeZone").GetString());
        Assert.Equal(0, profile.GetProperty("setCount").GetInt32());
        Assert.True(profile.GetProperty("registeredAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
    }

    [Fact]
    public async Task Given_a_taken_username_When_creating_it_again_in_another_case_Then_409_naming_username()
    {
        var username = TestUser.FreshUsername("bob");
        var first = await _client.PostAsJsonAsync("/api/accounts", new { username, password = "password one", displayName = "Bob", timeZone = "UTC" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        var second = await _client.PostAsJsonAsync("/api/accounts",
            new { username = username.ToUpperInvariant(), password = "password two", displayName = "Other Bob", timeZone = "UTC" });

        await ProblemAssert.AssertFieldProblem(second, HttpStatusCode.Conflict, "username");
        // The first owner keeps the account: the second password does not work.
        var token = await _client.PostAsJsonAsync("/api/auth/token", new { username, password = "password two" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task Given_every_field_bad_When_creating_Then_400_naming_each_field()
    {
        var response = await _client.PostAsJsonAsync("/api/accounts",
            new { username = "x!", password = "short", displayName = "   ", timeZone = "Mars/Olympus_Mons" });

        var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "username");
        Assert.Equal(["displayName", "password", "timeZone", "username"], ProblemAssert.FieldsOf(problem).Order().ToArray());
    }

    [Theory]
    [InlineData("Pacific Standard Time")]
    [InlineData("Europe/Nowhere")]
    [InlineData("")]
    public async Task Given_a_bad_time_zone_When_creating_Then_400_naming_timeZone_and_no_account_exists(string timeZone)
    {
        var username = TestUser.FreshUsername();
        var response = await _client.PostAsJsonAsync("/api/accounts", new { username, password = "password ok", displayName = "Zed", timeZone });

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "timeZone");
        var token = await _client.PostAsJsonAsync("/api/auth/token", new { username, password = "password ok" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task Given_missing_fields_When_creating_Then_400_naming_them()
    {
        var response = await _client.PostAsJsonAsync("/api/accounts", new { username = TestUser.FreshUsername() });

        var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "password");
        Assert.Equal(["displayName", "password", "timeZone"], ProblemAssert.FieldsOf(problem).Order().ToArray());
    }

    [Fact]
    public async Task Given_an_unknown_member_When_creating_Then_400_naming_it()
    {
        var response = await _client.PostAsync("/api/accounts", SetBodies.Raw(
            $$"""{"username":"{{TestUser.FreshUsername()}}","password":"password ok","displayName":"Q","timeZone":"UTC","isAdmin":true}"""));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "isAdmin");
    }
}
