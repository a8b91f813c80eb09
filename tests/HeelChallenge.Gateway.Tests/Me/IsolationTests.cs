namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class IsolationTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_set_of_user_A_When_user_B_uses_its_set_id_Then_B_sees_only_their_own_namespace()
    {
        var a = await TestUser.CreateAsync(factory);
        var b = await TestUser.CreateAsync(factory);
        var setId = SetBodies.NewSetId();
        Assert.Equal(HttpStatusCode.Created, (await a.Client.PostSet(SetBodies.LegPress(setId, reps: 7))).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/me/sets/{setId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.PutAsync($"/api/me/sets/{setId}", SetBodies.Json(SetBodies.LegPress(setId, reps: 1)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.DeleteAsync($"/api/me/sets/{setId}")).StatusCode);
        Assert.Equal(0, (await b.Client.GetFromJsonAsync<JsonElement>("/api/me/sets")).GetProperty("items").GetArrayLength());

        // The same set id is free in B's namespace and does not touch A's set.
        Assert.Equal(HttpStatusCode.Created, (await b.Client.PostSet(SetBodies.LegPress(setId, reps: 3))).StatusCode);
        var mine = await a.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets/{setId}");
        Assert.Equal(7, mine.GetProperty("reps").GetInt32());
        Assert.False(mine.GetProperty("voided").GetBoolean());
    }
}
