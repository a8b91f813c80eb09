namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class LogSetTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_new_set_When_posting_it_twice_and_then_with_another_body_Then_201_200_409_and_one_set_is_stored()
    {
        var user = await TestUser.CreateAsync(factory);
        var setId = SetBodies.NewSetId();
        var body = SetBodies.LegPress(setId, reps: 12, loadKg: 82.5m);

        var created = await user.Client.PostSet(body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/me/sets/{setId}", created.Headers.Location?.OriginalString);
        var set = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(setId, set.GetProperty("setId").GetString());
        Assert.Equal("leg-press", set.GetProperty("exerciseId").GetString());
        Assert.Equal(12, set.GetProperty("reps").GetInt32());
        Assert.Equal(82.5m, set.GetProperty("loadKg").GetDecimal());
        Assert.False(set.GetProperty("voided").GetBoolean());
        Assert.False(set.TryGetProperty("side", out _));

        var again = await user.Client.PostSet(body);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(set.GetProperty("loggedAt").GetDateTimeOffset(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("loggedAt").GetDateTimeOffset());

        body["reps"] = 11;
        var other = await user.Client.PostSet(body);
        await ProblemAssert.AssertFieldProblem(other, HttpStatusCode.Conflict, "setId");

        var page = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets");
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(items);
        Assert.Equal(12, items[0].GetProperty("reps").GetInt32());
        Assert.Equal(JsonValueKind.Null, page.GetProperty("nextCursor").ValueKind);
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32());
    }

    [Fact]
    public async Task Given_the_same_instant_in_another_offset_When_posting_again_Then_it_is_the_same_set()
    {
        var user = await TestUser.CreateAsync(factory);
        var setId = SetBodies.NewSetId();
        var at = DateTimeOffset.UtcNow.AddHours(-1);

        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(setId, performedAt: at.ToOffset(TimeSpan.FromHours(2))))).StatusCode);
        var again = await user.Client.PostSet(SetBodies.LegPress(setId, performedAt: at.ToOffset(TimeSpan.FromHours(-5))));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Given_a_sided_timed_set_When_logging_and_reading_it_Then_every_logged_field_comes_back()
    {
        var user = await TestUser.CreateAsync(factory);
        var setId = SetBodies.NewSetId();
        var performedAt = new DateTimeOffset(DateTime.UtcNow.AddDays(-3).Date.AddHours(7), TimeSpan.Zero).ToOffset(TimeSpan.FromHours(-4));

        var created = await user.Client.PostSet(SetBodies.FoamRoller(setId, side: "right", seconds: 290, performedAt: performedAt));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var set = await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{setId}");
        Assert.Equal("foam-roller-release", set.GetProperty("exerciseId").GetString());
        Assert.Equal("right", set.GetProperty("side").GetString());
        Assert.Equal(290, set.GetProperty("seconds").GetInt32());
        Assert.False(set.TryGetProperty("reps", out _));
        Assert.Equal(performedAt, set.GetProperty("performedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, set.GetProperty("correctedAt").ValueKind);
        Assert.InRange(set.GetProperty("loggedAt").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
