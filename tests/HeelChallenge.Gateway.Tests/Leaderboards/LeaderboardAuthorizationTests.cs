namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>Only those who may see a challenge see its board: everyone else gets the 404 of a missing challenge.</summary>
[Collection(LeaderboardCollection.Name)]
public sealed class LeaderboardAuthorizationTests(LeaderboardFactory factory)
{
    [Fact]
    public async Task Given_a_private_challenge_When_a_non_participant_asks_for_its_board_Then_404_without_data()
    {
        var (_, challengeId, _) = await factory.ChallengeWith(1);
        var stranger = await TestUser.CreateAsync(factory);

        foreach (var path in new[] { "", "/stream" })
        {
            var response = await stranger.Client.GetAsync($"/api/challenges/{challengeId}/leaderboard{path}");
            var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.NotFound, "challengeId");
            Assert.False(problem.TryGetProperty("entries", out _));
        }

        var missing = await stranger.Client.GetBoard(Guid.NewGuid().ToString());
        await ProblemAssert.AssertFieldProblem(missing, HttpStatusCode.NotFound, "challengeId");
    }

    [Fact]
    public async Task Given_a_private_challenge_When_its_owner_or_a_participant_asks_Then_200_with_a_version()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1);

        foreach (var user in new[] { owner, participants[0] })
        {
            var response = await user.Client.GetBoard(challengeId);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var board = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(challengeId, board.GetProperty("challengeId").GetString());
            Assert.True(board.GetProperty("version").GetInt64() >= 0);
        }
    }

    [Fact]
    public async Task Given_no_token_When_asking_for_a_board_or_its_stream_Then_401()
    {
        var (_, challengeId, _) = await factory.ChallengeWith(0);
        var anonymous = factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetBoard(challengeId)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/challenges/{challengeId}/leaderboard/stream")).StatusCode);
    }

    [Fact]
    public async Task Given_a_public_challenge_When_anyone_signed_in_asks_Then_200()
    {
        var (_, challengeId, _) = await factory.ChallengeWith(0, "public");
        var stranger = await TestUser.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.OK, (await stranger.Client.GetBoard(challengeId)).StatusCode);
    }

    [Theory]
    [InlineData("?top=0", "top")]
    [InlineData("?top=101", "top")]
    [InlineData("?around=you", "around")]
    public async Task Given_a_bad_query_When_asking_for_a_board_Then_400_naming_the_parameter(string query, string field)
    {
        var (owner, challengeId, _) = await factory.ChallengeWith(0);

        await ProblemAssert.AssertFieldProblem(await owner.Client.GetBoard(challengeId, query), HttpStatusCode.BadRequest, field);
    }
}
