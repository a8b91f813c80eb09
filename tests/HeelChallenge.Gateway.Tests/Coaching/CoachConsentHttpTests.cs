namespace HeelChallenge.Gateway.Tests.Coaching;

[Collection(GatewayCollection.Name)]
public sealed class CoachConsentHttpTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_coach_When_they_create_an_invite_Then_201_with_an_8_character_code_expiring_in_7_days()
    {
        var coach = await factory.SharedUserAsync();

        var response = await coach.Client.PostAsync("/api/coach/invites", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", body.GetProperty("code").GetString());
        Assert.InRange(body.GetProperty("expiresAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddDays(7).AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(7));
        Assert.Equal(["code", "expiresAt"], body.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Given_an_invite_When_the_client_accepts_it_twice_Then_201_then_200_and_the_coach_is_listed_once()
    {
        var coach = await TestUser.CreateAsync(factory);
        var client = await TestUser.CreateAsync(factory);
        var code = await CoachingKit.IssueInvite(coach);

        var first = await CoachingKit.Accept(client, code.ToLowerInvariant().Insert(4, "-"));
        var again = await CoachingKit.Accept(client, code);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/me/coaches/{coach.UserId:D}", first.Headers.Location?.OriginalString);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(coach.UserId, created.GetProperty("coachId").GetGuid());
        Assert.Equal("Test " + coach.Username, created.GetProperty("displayName").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(created.GetProperty("since").GetDateTimeOffset(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("since").GetDateTimeOffset());

        var list = await client.Client.GetFromJsonAsync<JsonElement>("/api/me/coaches");
        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(coach.UserId, item.GetProperty("coachId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await client.Client.GetAsync($"/api/me/coaches/{coach.UserId}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_current_coach_When_the_client_revokes_twice_Then_204_both_times_and_the_coach_is_gone()
    {
        var (coach, client) = await CoachingKit.Pair(factory);

        var revoke = await client.Client.DeleteAsync($"/api/me/coaches/{coach.UserId}");
        var again = await client.Client.DeleteAsync($"/api/me/coaches/{coach.UserId}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(0, (await client.Client.GetFromJsonAsync<JsonElement>("/api/me/coaches")).GetProperty("items").GetArrayLength());
        await ProblemAssert.AssertFieldProblem(await client.Client.GetAsync($"/api/me/coaches/{coach.UserId}"), HttpStatusCode.NotFound, "coachId");
        await ProblemAssert.AssertFieldProblem(await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/export"), HttpStatusCode.NotFound, "userId");
    }

    [Fact]
    public async Task Given_someone_who_never_coached_the_caller_When_revoked_Then_404_naming_coachId()
    {
        var client = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await client.Client.DeleteAsync($"/api/me/coaches/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "coachId");
    }

    [Fact]
    public async Task Given_a_used_code_When_a_second_client_enters_it_Then_409_naming_code()
    {
        var coach = await TestUser.CreateAsync(factory);
        var code = await CoachingKit.IssueInvite(coach);
        Assert.Equal(HttpStatusCode.Created, (await CoachingKit.Accept(await TestUser.CreateAsync(factory), code)).StatusCode);
        var second = await TestUser.CreateAsync(factory);

        var problem = await ProblemAssert.AssertFieldProblem(await CoachingKit.Accept(second, code), HttpStatusCode.Conflict, "code");

        Assert.Contains("already used", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await second.Client.GetFromJsonAsync<JsonElement>("/api/me/coaches")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Given_a_coach_When_they_enter_their_own_code_Then_400_naming_code()
    {
        var coach = await TestUser.CreateAsync(factory);

        var problem = await ProblemAssert.AssertFieldProblem(await CoachingKit.Accept(coach, await CoachingKit.IssueInvite(coach)), HttpStatusCode.BadRequest, "code");

        Assert.Contains("coach themselves", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ABCD2345")] // well-formed, never issued
    [InlineData("not a code")]
    public async Task Given_a_code_nobody_issued_When_entered_Then_404_naming_code(string code)
    {
        var client = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await CoachingKit.Accept(client, code), HttpStatusCode.NotFound, "code");
    }

    [Fact]
    public async Task Given_a_body_without_code_or_with_a_user_id_When_posted_Then_400_naming_the_field()
    {
        var client = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await client.Client.PostAsJsonAsync("/api/me/coaches", new { }), HttpStatusCode.BadRequest, "code");
        await ProblemAssert.AssertFieldProblem(
            await client.Client.PostAsJsonAsync("/api/me/coaches", new { code = "ABCD2345", userId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "userId");
    }
}
