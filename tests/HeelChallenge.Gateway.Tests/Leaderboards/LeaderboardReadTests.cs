namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>GET /leaderboard: top N in points-v1 order, the caller's row and neighbours, and the board's version.</summary>
[Collection(LeaderboardCollection.Name)]
public sealed class LeaderboardReadTests(LeaderboardFactory factory)
{
    [Fact]
    public async Task Given_participants_who_logged_sets_When_reading_top_and_around_me_Then_they_are_ranked_and_I_am_found()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(3);
        await participants[0].LogLegPress(5);
        await participants[1].LogLegPress(10);
        await participants[2].LogLegPress(8);

        await participants[2].Client.BoardWhen(challengeId, b => Boards.Points(b).Sum() == 23);

        var board = await participants[2].Client.GetFromJsonAsync<JsonElement>($"/api/challenges/{challengeId}/leaderboard?top=2&around=me");

        Assert.Equal([10, 8], Boards.Points(board));
        Assert.Equal(participants[1].UserId, board.GetProperty("entries")[0].GetProperty("userId").GetGuid());
        var me = board.GetProperty("me");
        Assert.Equal((2, participants[2].UserId, 8), (me.GetProperty("rank").GetInt32(), me.GetProperty("userId").GetGuid(), me.GetProperty("points").GetInt32()));
        Assert.Equal(4, board.GetProperty("around").GetArrayLength()); // 1 above, me, 2 below (the owner at 0 points last)
        Assert.Equal(4, board.GetProperty("participantCount").GetInt32());
        Assert.Equal("active", board.GetProperty("status").GetString());
        var last = board.GetProperty("around")[3];
        Assert.Equal((owner.UserId, 0, JsonValueKind.Null), (last.GetProperty("userId").GetGuid(), last.GetProperty("points").GetInt32(), last.GetProperty("reachedAt").ValueKind));
        Assert.True(board.GetProperty("version").GetInt64() > 0);
    }

    [Fact]
    public async Task Given_a_participant_who_leaves_When_reading_Then_their_entry_is_gone()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1);
        await participants[0].LogLegPress(10);
        await owner.Client.BoardWhen(challengeId, b => Boards.Points(b).Contains(10));

        Assert.Equal(HttpStatusCode.NoContent, (await participants[0].Client.DeleteAsync($"/api/challenges/{challengeId}/participants/me")).StatusCode);

        var board = await owner.Client.BoardWhen(challengeId, b => b.GetProperty("participantCount").GetInt32() == 1);
        Assert.Equal([0], Boards.Points(board));
    }

    [Fact]
    public async Task Given_public_challenges_When_listing_them_and_my_own_Then_the_projection_serves_both()
    {
        var (owner, challengeId, participants) = await factory.ChallengeWith(1, "public");

        // The list is a projection: the creation and the join reach it one after the other, so wait for both.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        JsonElement? item;
        do
        {
            var page = await owner.Client.GetFromJsonAsync<JsonElement>("/api/challenges?visibility=public&limit=5");
            item = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("challengeId").GetString() == challengeId).Cast<JsonElement?>().FirstOrDefault();
        }
        while (item?.GetProperty("participantCount").GetInt32() != 2 && DateTime.UtcNow < deadline);

        Assert.NotNull(item);
        Assert.Equal((challengeId, 2, "public"), (item.Value.GetProperty("challengeId").GetString(), item.Value.GetProperty("participantCount").GetInt32(), item.Value.GetProperty("visibility").GetString()));
        JsonElement mine;
        do
        {
            mine = await participants[0].Client.GetFromJsonAsync<JsonElement>("/api/me/challenges");
        }
        while (mine.GetProperty("items").GetArrayLength() == 0 && DateTime.UtcNow < deadline);

        var entry = Assert.Single(mine.GetProperty("items").EnumerateArray());
        Assert.Equal((challengeId, false, true), (entry.GetProperty("challengeId").GetString(), entry.GetProperty("isOwner").GetBoolean(), entry.GetProperty("isParticipant").GetBoolean()));
        await ProblemAssert.AssertFieldProblem(await owner.Client.GetAsync("/api/challenges?visibility=private"), HttpStatusCode.BadRequest, "visibility");
        await ProblemAssert.AssertFieldProblem(await owner.Client.GetAsync("/api/challenges?limit=101"), HttpStatusCode.BadRequest, "limit");
    }
}
