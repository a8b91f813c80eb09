namespace HeelChallenge.Gateway.Tests.Challenges;

[Collection(GatewayCollection.Name)]
public sealed class JoinAndLeaveTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_an_invite_code_in_lower_case_with_a_dash_When_joining_twice_Then_200_both_times_and_the_challenge_is_visible()
    {
        var owner = await factory.SharedUserAsync();
        var joiner = await TestUser.CreateAsync(factory);
        var challenge = await owner.Client.CreateChallenge();
        var code = ChallengeBodies.CodeOf(challenge);
        var typed = (code[..4] + "-" + code[4..]).ToLowerInvariant();

        var first = await joiner.Client.JoinByCode(typed);
        var second = await joiner.Client.JoinByCode(code);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var view = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((ChallengeBodies.IdOf(challenge), true, false, 2, code),
            (ChallengeBodies.IdOf(view), view.GetProperty("isParticipant").GetBoolean(), view.GetProperty("isOwner").GetBoolean(),
             view.GetProperty("participantCount").GetInt32(), ChallengeBodies.CodeOf(view)));
        Assert.Equal(HttpStatusCode.OK, (await joiner.Client.GetAsync($"/api/challenges/{ChallengeBodies.IdOf(challenge)}")).StatusCode);
    }

    [Theory]
    [InlineData("ZZZZ9999", HttpStatusCode.NotFound)] // well-formed, never issued
    [InlineData("O0O0I1L1", HttpStatusCode.NotFound)] // cannot have been issued
    [InlineData("   ", HttpStatusCode.BadRequest)]
    [InlineData(null, HttpStatusCode.BadRequest)]
    public async Task Given_an_unknown_or_missing_code_When_joining_Then_the_problem_names_inviteCode(string? code, HttpStatusCode status)
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.JoinByCode(code);

        await ProblemAssert.AssertFieldProblem(response, status, "inviteCode");
    }

    [Fact]
    public async Task Given_a_public_and_a_private_challenge_When_joining_by_id_without_a_code_Then_in_the_public_one_and_404_for_the_private_one()
    {
        var owner = await factory.SharedUserAsync();
        var joiner = await TestUser.CreateAsync(factory);
        var open = await owner.Client.CreateChallenge("public");
        var closed = await owner.Client.CreateChallenge();

        var joined = await joiner.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(open)}/join", null);
        var refused = await joiner.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(closed)}/join", null);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.True((await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isParticipant").GetBoolean());
        await ProblemAssert.AssertFieldProblem(refused, HttpStatusCode.NotFound, "challengeId");
    }

    [Fact]
    public async Task Given_a_full_an_ended_and_a_cancelled_challenge_When_joining_Then_409_naming_capacity_or_status()
    {
        var owner = await factory.SharedUserAsync();
        var joiner = await TestUser.CreateAsync(factory);
        var full = await owner.Client.CreateChallenge("public", capacity: 1); // the owner holds the only place
        var ended = await owner.Client.CreateChallenge();
        var cancelled = await owner.Client.CreateChallenge();
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(ended)}/end", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(cancelled)}/cancel", null)).StatusCode);

        await ProblemAssert.AssertFieldProblem(await joiner.Client.JoinByCode(ChallengeBodies.CodeOf(full)), HttpStatusCode.Conflict, "capacity");
        await ProblemAssert.AssertFieldProblem(
            await joiner.Client.PostAsync($"/api/challenges/{ChallengeBodies.IdOf(full)}/join", null), HttpStatusCode.Conflict, "capacity");
        await ProblemAssert.AssertFieldProblem(await joiner.Client.JoinByCode(ChallengeBodies.CodeOf(ended)), HttpStatusCode.Conflict, "status");
        await ProblemAssert.AssertFieldProblem(await joiner.Client.JoinByCode(ChallengeBodies.CodeOf(cancelled)), HttpStatusCode.Conflict, "status");
    }

    [Fact]
    public async Task Given_a_participant_When_leaving_twice_and_rejoining_Then_204_204_then_hidden_then_back_in()
    {
        var owner = await factory.SharedUserAsync();
        var member = await TestUser.CreateAsync(factory);
        var challenge = await owner.Client.CreateChallenge();
        var path = $"/api/challenges/{ChallengeBodies.IdOf(challenge)}";
        Assert.Equal(HttpStatusCode.OK, (await member.Client.JoinByCode(ChallengeBodies.CodeOf(challenge))).StatusCode);

        var left = await member.Client.DeleteAsync(path + "/participants/me");
        var again = await member.Client.DeleteAsync(path + "/participants/me");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (left.StatusCode, again.StatusCode));
        await ProblemAssert.AssertProblem(await member.Client.GetAsync(path), HttpStatusCode.NotFound);
        Assert.Equal(1, (await owner.Client.GetFromJsonAsync<JsonElement>(path)).GetProperty("participantCount").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await member.Client.JoinByCode(ChallengeBodies.CodeOf(challenge))).StatusCode);
        Assert.Equal(2, (await owner.Client.GetFromJsonAsync<JsonElement>(path)).GetProperty("participantCount").GetInt32());
    }

    [Fact]
    public async Task Given_a_private_challenge_When_a_stranger_leaves_it_Then_404_as_if_it_did_not_exist()
    {
        var owner = await factory.SharedUserAsync();
        var stranger = await TestUser.CreateAsync(factory);
        var challenge = await owner.Client.CreateChallenge();

        var response = await stranger.Client.DeleteAsync($"/api/challenges/{ChallengeBodies.IdOf(challenge)}/participants/me");

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.NotFound, "challengeId");
        Assert.Equal(1, (await owner.Client.GetFromJsonAsync<JsonElement>($"/api/challenges/{ChallengeBodies.IdOf(challenge)}")).GetProperty("participantCount").GetInt32());
    }

    [Fact]
    public async Task Given_no_such_challenge_When_leaving_Then_404()
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.DeleteAsync($"/api/challenges/{Guid.NewGuid()}/participants/me");

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.NotFound, "challengeId");
    }
}
