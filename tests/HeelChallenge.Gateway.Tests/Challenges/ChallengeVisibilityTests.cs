namespace HeelChallenge.Gateway.Tests.Challenges;

[Collection(GatewayCollection.Name)]
public sealed class ChallengeVisibilityTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_private_challenge_When_another_user_reads_it_Then_404_exactly_like_a_missing_one_and_no_data()
    {
        var owner = await factory.SharedUserAsync();
        var other = await TestUser.CreateAsync(factory);
        var challenge = await owner.Client.CreateChallenge();

        var hidden = await other.Client.GetAsync($"/api/challenges/{ChallengeBodies.IdOf(challenge)}");
        var missing = await other.Client.GetAsync($"/api/challenges/{Guid.NewGuid()}");

        var hiddenProblem = await ProblemAssert.AssertFieldProblem(hidden, HttpStatusCode.NotFound, "challengeId");
        var missingProblem = await ProblemAssert.AssertFieldProblem(missing, HttpStatusCode.NotFound, "challengeId");
        Assert.Equal(missingProblem.GetProperty("detail").GetString(), hiddenProblem.GetProperty("detail").GetString());
        Assert.Equal(missingProblem.GetProperty("errors").ToString(), hiddenProblem.GetProperty("errors").ToString());
        var text = hiddenProblem.ToString();
        Assert.DoesNotContain(ChallengeBodies.CodeOf(challenge), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Heels by June", text, StringComparison.Ordinal);
        Assert.DoesNotContain(owner.UserId.ToString(), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_public_challenge_When_another_user_reads_it_Then_200_without_the_invite_code()
    {
        var owner = await factory.SharedUserAsync();
        var other = await TestUser.CreateAsync(factory);
        var challenge = await owner.Client.CreateChallenge("public");

        var seen = await other.Client.GetFromJsonAsync<JsonElement>($"/api/challenges/{ChallengeBodies.IdOf(challenge)}");

        Assert.Equal(("Heels by June", false, false), (seen.GetProperty("name").GetString(), seen.GetProperty("isOwner").GetBoolean(), seen.GetProperty("isParticipant").GetBoolean()));
        Assert.False(seen.TryGetProperty("inviteCode", out _));
    }

    [Fact]
    public async Task Given_an_id_that_is_not_a_guid_When_read_Then_404_problem()
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.GetAsync("/api/challenges/not-a-guid");

        await ProblemAssert.AssertProblem(response, HttpStatusCode.NotFound);
    }
}
