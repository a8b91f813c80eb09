namespace HeelChallenge.Gateway.Tests.Challenges;

[Collection(GatewayCollection.Name)]
public sealed class OwnerActionsTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_the_owner_When_ending_twice_then_cancelling_Then_200_ended_200_and_409_on_status()
    {
        var owner = await factory.SharedUserAsync();
        var path = $"/api/challenges/{ChallengeBodies.IdOf(await owner.Client.CreateChallenge())}";

        var ended = await owner.Client.PostAsync(path + "/end", null);
        var again = await owner.Client.PostAsync(path + "/end", null);
        var cancel = await owner.Client.PostAsync(path + "/cancel", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ended.StatusCode, again.StatusCode));
        var view = await ended.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ended", view.GetProperty("status").GetString());
        Assert.True(view.GetProperty("endedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);
        await ProblemAssert.AssertFieldProblem(cancel, HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task Given_the_owner_When_cancelling_Then_200_cancelled()
    {
        var owner = await factory.SharedUserAsync();
        var path = $"/api/challenges/{ChallengeBodies.IdOf(await owner.Client.CreateChallenge())}";

        var response = await owner.Client.PostAsync(path + "/cancel", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("cancelled", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal("cancelled", (await owner.Client.GetFromJsonAsync<JsonElement>(path)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Given_someone_else_When_ending_or_cancelling_Then_403_if_they_can_see_it_else_404_and_nothing_changes()
    {
        var owner = await factory.SharedUserAsync();
        var other = await TestUser.CreateAsync(factory);
        var joined = await owner.Client.CreateChallenge();
        var open = await owner.Client.CreateChallenge("public");
        var hidden = await owner.Client.CreateChallenge();
        Assert.Equal(HttpStatusCode.OK, (await other.Client.JoinByCode(ChallengeBodies.CodeOf(joined))).StatusCode);

        await ProblemAssert.AssertProblem(await other.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(joined)}/end", null), HttpStatusCode.Forbidden);
        await ProblemAssert.AssertProblem(await other.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(open)}/cancel", null), HttpStatusCode.Forbidden);
        await ProblemAssert.AssertFieldProblem(
            await other.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(hidden)}/end", null), HttpStatusCode.NotFound, "challengeId");
        foreach (var challenge in new[] { joined, open, hidden })
        {
            var now = await owner.Client.GetFromJsonAsync<JsonElement>($"/api/challenges/{ChallengeBodies.IdOf(challenge)}");
            Assert.Equal("active", now.GetProperty("status").GetString());
        }
    }
}
