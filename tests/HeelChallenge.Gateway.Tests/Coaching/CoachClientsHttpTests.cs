namespace HeelChallenge.Gateway.Tests.Coaching;

[Collection(GatewayCollection.Name)]
public sealed class CoachClientsHttpTests(GatewayFactory factory)
{
    private static Task<JsonElement> Roster(TestUser coach, string query = "") => coach.Client.GetFromJsonAsync<JsonElement>("/api/coach/clients" + query);

    [Fact]
    public async Task Given_a_client_who_logs_a_set_When_the_coach_lists_clients_Then_the_row_shows_their_figures()
    {
        var (coach, client) = await CoachingKit.Pair(factory);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        Assert.Equal(HttpStatusCode.Created, (await client.Client.PostSet(SetBodies.LegPress(SetBodies.NewSetId(), reps: 10, performedAt: at))).StatusCode);

        var roster = await Poll.Until(() => Roster(coach), r => r.GetProperty("items") is { } items && items.GetArrayLength() == 1
            && items[0].GetProperty("lastActiveAt").ValueKind != JsonValueKind.Null);

        var row = roster.GetProperty("items")[0];
        Assert.Equal(client.UserId, row.GetProperty("userId").GetGuid());
        Assert.Equal("Test " + client.Username, row.GetProperty("displayName").GetString());
        Assert.Equal(1, row.GetProperty("currentStreak").GetInt32());
        Assert.True(row.GetProperty("adherence7").GetDecimal() > 0m);
        Assert.False(row.GetProperty("flags").GetProperty("inactive").GetBoolean());
        Assert.Equal((1, 3), (roster.GetProperty("total").GetInt32(), roster.GetProperty("inactiveAfterDays").GetInt32()));
        Assert.Equal(JsonValueKind.Null, roster.GetProperty("nextCursor").ValueKind);
        var progress = await coach.Client.GetFromJsonAsync<JsonElement>($"/api/coach/clients/{client.UserId}/progress?days=3");
        Assert.Equal(3, progress.GetProperty("days").GetArrayLength());
        Assert.Equal(row.GetProperty("adherence7").GetDecimal(), progress.GetProperty("adherence7").GetDecimal());
    }

    [Fact]
    public async Task Given_a_client_When_they_revoke_Then_the_coach_sees_them_nowhere_at_once()
    {
        var (coach, client) = await CoachingKit.Pair(factory);
        await Poll.Until(() => Roster(coach), r => r.GetProperty("items").GetArrayLength() == 1);

        Assert.Equal(HttpStatusCode.NoContent, (await client.Client.DeleteAsync($"/api/me/coaches/{coach.UserId}")).StatusCode);

        // No polling: the very next reads.
        Assert.Equal(0, (await Roster(coach)).GetProperty("items").GetArrayLength());
        var progress = await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/progress");
        var problem = await ProblemAssert.AssertFieldProblem(progress, HttpStatusCode.NotFound, "userId");
        Assert.DoesNotContain(client.Username, problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_user_who_never_consented_When_a_coach_reads_their_progress_Then_404_like_a_user_that_does_not_exist()
    {
        var coach = await TestUser.CreateAsync(factory);
        var stranger = await factory.SharedUserAsync();

        var known = await ProblemAssert.AssertFieldProblem(await coach.Client.GetAsync($"/api/coach/clients/{stranger.UserId}/progress"), HttpStatusCode.NotFound, "userId");
        var unknown = await ProblemAssert.AssertFieldProblem(await coach.Client.GetAsync($"/api/coach/clients/{Guid.NewGuid()}/progress"), HttpStatusCode.NotFound, "userId");

        Assert.Equal(known.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Given_coach_settings_When_changed_Then_they_are_kept_and_used_by_the_roster()
    {
        var coach = await TestUser.CreateAsync(factory);
        Assert.Equal(3, (await coach.Client.GetFromJsonAsync<JsonElement>("/api/coach/settings")).GetProperty("inactiveAfterDays").GetInt32());

        var put = await coach.Client.PutAsJsonAsync("/api/coach/settings", new { inactiveAfterDays = 7 });

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(7, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("inactiveAfterDays").GetInt32());
        Assert.Equal(7, (await coach.Client.GetFromJsonAsync<JsonElement>("/api/coach/settings")).GetProperty("inactiveAfterDays").GetInt32());
        Assert.Equal(7, (await Roster(coach)).GetProperty("inactiveAfterDays").GetInt32());
    }

    [Theory]
    [InlineData("""{"inactiveAfterDays":0}""", "inactiveAfterDays")]
    [InlineData("""{"inactiveAfterDays":91}""", "inactiveAfterDays")]
    [InlineData("""{}""", "inactiveAfterDays")]
    [InlineData("""{"inactiveAfterDays":3,"userId":"9b2f0c53-8a8e-4c8e-9a52-0c3d1d3f5e11"}""", "userId")]
    public async Task Given_bad_settings_When_put_Then_400_naming_the_field(string json, string field)
    {
        var coach = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await coach.Client.PutAsync("/api/coach/settings", SetBodies.Raw(json)), HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("?sort=age", "sort")]
    [InlineData("?sort=-", "sort")]
    [InlineData("?limit=0", "limit")]
    [InlineData("?limit=101", "limit")]
    [InlineData("?cursor=garbage", "cursor")]
    public async Task Given_bad_list_parameters_When_listing_clients_Then_400_naming_them(string query, string field)
    {
        var coach = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await coach.Client.GetAsync("/api/coach/clients" + query), HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Given_three_clients_When_listed_by_name_two_at_a_time_Then_two_pages_in_name_order()
    {
        var coach = await TestUser.CreateAsync(factory);
        var clients = new List<TestUser>();
        for (var i = 0; i < 3; i++)
        {
            var client = await TestUser.CreateAsync(factory);
            Assert.Equal(HttpStatusCode.Created, (await CoachingKit.Accept(client, await CoachingKit.IssueInvite(coach))).StatusCode);
            clients.Add(client);
        }

        await Poll.Until(() => Roster(coach), r => r.GetProperty("total").GetInt32() == 3
            && r.GetProperty("items").EnumerateArray().All(i => i.GetProperty("displayName").GetString() != ""));
        var first = await Roster(coach, "?sort=NAME&limit=2");
        var second = await Roster(coach, "?sort=name&limit=2&cursor=" + first.GetProperty("nextCursor").GetString());

        var names = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("displayName").GetString()!).ToList();
        Assert.Equal(clients.Select(c => "Test " + c.Username).Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }
}
