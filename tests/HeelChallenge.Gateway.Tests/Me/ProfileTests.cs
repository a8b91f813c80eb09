using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class ProfileTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_user_When_patching_the_profile_Then_only_the_sent_fields_change()
    {
        var user = await TestUser.CreateAsync(factory, timeZone: "Europe/Paris");

        var renamed = await user.Client.PatchAsync("/api/me", SetBodies.Json(new JsonObject { ["displayName"] = "New Name" }));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var moved = await user.Client.PatchAsync("/api/me", SetBodies.Json(new JsonObject { ["timeZone"] = "Asia/Tokyo" }));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var profile = await user.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("New Name", profile.GetProperty("displayName").GetString());
        Assert.Equal("Asia/Tokyo", profile.GetProperty("timeZone").GetString());
        Assert.Equal(user.Username, profile.GetProperty("username").GetString());
    }

    [Fact]
    public async Task Given_a_bad_time_zone_or_empty_name_When_patching_Then_400_naming_them_and_nothing_changes()
    {
        var user = await TestUser.CreateAsync(factory, timeZone: "Europe/Paris");

        var response = await user.Client.PatchAsync("/api/me", SetBodies.Json(new JsonObject { ["displayName"] = " ", ["timeZone"] = "Moon/Base" }));

        var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "timeZone");
        Assert.Contains("displayName", ProblemAssert.FieldsOf(problem));
        var profile = await user.Client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("Europe/Paris", profile.GetProperty("timeZone").GetString());
    }

    [Fact]
    public async Task Given_a_user_id_in_the_body_When_patching_Then_400_because_the_user_comes_from_the_token()
    {
        var user = await TestUser.CreateAsync(factory);

        var response = await user.Client.PatchAsync("/api/me", SetBodies.Json(new JsonObject { ["userId"] = Guid.NewGuid().ToString() }));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "userId");
    }
}
