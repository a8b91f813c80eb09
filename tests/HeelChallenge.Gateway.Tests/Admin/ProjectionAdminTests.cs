using HeelChallenge.Gateway.Tests.Leaderboards;

namespace HeelChallenge.Gateway.Tests.Admin;

/// <summary>/api/admin/projections: admins only; an online rebuild answers 202, reports progress to 100%, and the boards
/// come back the same while the service keeps answering.</summary>
[Collection(LeaderboardCollection.Name)]
public sealed class ProjectionAdminTests(LeaderboardFactory factory)
{
    [Fact]
    public async Task Given_a_user_without_the_admin_role_When_rebuilding_or_reading_status_Then_403_and_anonymous_401()
    {
        var user = await TestUser.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.PostAsync("/api/admin/projections/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await user.Client.GetAsync("/api/admin/projections/leaderboards")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().PostAsync("/api/admin/projections/rebuild", null)).StatusCode);
    }

    [Fact]
    public async Task Given_an_admin_When_rebuilding_Then_202_progress_reaches_100_percent_and_boards_are_the_same()
    {
        var admin = await factory.AdminAsync();
        var (owner, challengeId, participants) = await factory.ChallengeWith(2);
        await participants[0].LogLegPress(6);
        await participants[1].LogLegPress(10);
        var before = await owner.Client.BoardWhen(challengeId, b => Boards.Points(b).Sum() == 16);

        var accepted = await admin.Client.PostAsync("/api/admin/projections/rebuild?kind=leaderboards", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal("/api/admin/projections/leaderboards", accepted.Headers.Location?.OriginalString);
        var started = (await accepted.Content.ReadFromJsonAsync<JsonElement>())[0];
        Assert.True(started.GetProperty("rebuilding").GetBoolean() || started.GetProperty("rebuild").GetProperty("percent").GetDouble() == 100);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        JsonElement status;
        do
        {
            Assert.Equal(HttpStatusCode.OK, (await owner.Client.GetBoard(challengeId)).StatusCode); // still answering
            status = await admin.Client.GetFromJsonAsync<JsonElement>("/api/admin/projections/leaderboards");
        }
        while (status.GetProperty("rebuilding").GetBoolean() && DateTime.UtcNow < deadline);

        Assert.False(status.GetProperty("rebuilding").GetBoolean());
        Assert.Equal(100, status.GetProperty("rebuild").GetProperty("percent").GetDouble());
        Assert.Equal(started.GetProperty("generation").GetInt64(), status.GetProperty("generation").GetInt64());
        var after = await owner.Client.BoardWhen(challengeId, b => Boards.Points(b).Sum() == 16);
        Assert.Equal(before.GetProperty("entries").ToString(), after.GetProperty("entries").ToString());
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
        await ProblemAssert.AssertFieldProblem(await admin.Client.GetAsync("/api/admin/projections/nope"), HttpStatusCode.NotFound, "kind");
    }
}
