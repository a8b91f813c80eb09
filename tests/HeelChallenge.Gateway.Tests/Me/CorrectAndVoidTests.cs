namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class CorrectAndVoidTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_logged_set_When_putting_new_values_Then_200_and_the_set_shows_them_with_correctedAt()
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        var original = SetBodies.LegPress(setId, reps: 8);
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(original)).StatusCode);

        var correction = SetBodies.LegPress(setId, reps: 9, loadKg: 90m);
        correction.Remove("setId");
        var response = await user.Client.PutAsync($"/api/me/sets/{setId}", SetBodies.Json(correction));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{setId}");
        Assert.Equal(9, set.GetProperty("reps").GetInt32());
        Assert.Equal(90m, set.GetProperty("loadKg").GetDecimal());
        Assert.Equal(JsonValueKind.String, set.GetProperty("correctedAt").ValueKind);
        // Posting the original body again is still a harmless retry of the original log, not a conflict.
        Assert.Equal(HttpStatusCode.OK, (await user.Client.PostSet(original)).StatusCode);
    }

    [Fact]
    public async Task Given_a_put_When_the_body_names_another_set_id_Then_400_naming_setId()
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(setId))).StatusCode);

        var response = await user.Client.PutAsync($"/api/me/sets/{setId}", SetBodies.Json(SetBodies.LegPress("another-id", reps: 3)));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "setId");
        Assert.Equal(10, (await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{setId}")).GetProperty("reps").GetInt32());
    }

    [Fact]
    public async Task Given_an_invalid_correction_When_putting_Then_400_naming_the_field_and_the_set_is_unchanged()
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(setId))).StatusCode);

        var response = await user.Client.PutAsync($"/api/me/sets/{setId}", SetBodies.Json(SetBodies.LegPress(setId, reps: 1001)));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "reps");
        Assert.Equal(JsonValueKind.Null, (await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{setId}")).GetProperty("correctedAt").ValueKind);
    }

    [Fact]
    public async Task Given_an_unknown_set_When_putting_or_deleting_or_getting_Then_404_problem()
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();

        await ProblemAssert.AssertProblem(await user.Client.PutAsync($"/api/me/sets/{setId}", SetBodies.Json(SetBodies.LegPress(setId))), HttpStatusCode.NotFound);
        await ProblemAssert.AssertProblem(await user.Client.DeleteAsync($"/api/me/sets/{setId}"), HttpStatusCode.NotFound);
        await ProblemAssert.AssertProblem(await user.Client.GetAsync($"/api/me/sets/{setId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_logged_set_When_deleting_it_twice_Then_204_both_times_and_it_is_voided_not_gone()
    {
        var user = await TestUser.CreateAsync(factory);
        var kept = SetBodies.NewSetId();
        var voided = SetBodies.NewSetId();
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(kept))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(voided))).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/me/sets/{voided}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync($"/api/me/sets/{voided}")).StatusCode);

        Assert.True((await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{voided}")).GetProperty("voided").GetBoolean());
        var visible = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets");
        Assert.Equal([kept], visible.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("setId").GetString()!).ToArray());
        var all = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets?includeVoided=true");
        Assert.Equal(2, all.GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await user.Client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32());
        // A voided set cannot be corrected.
        await ProblemAssert.AssertProblem(await user.Client.PutAsync($"/api/me/sets/{voided}", SetBodies.Json(SetBodies.LegPress(voided))), HttpStatusCode.Conflict);
    }
}
