using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Grains.Challenges;

namespace HeelChallenge.Grains.Tests.Challenges;

[Collection(ClusterCollection.Name)]
public sealed class InviteCodeGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_a_free_code_When_two_challenges_claim_it_Then_the_first_keeps_it_for_good()
    {
        var code = InviteCodeDraw.NewCode();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var grain = fixture.Grains.GetGrain<IInviteCodeGrain>(code);

        Assert.Null(await grain.GetChallengeId());
        Assert.True(await grain.Claim(first));
        Assert.False(await grain.Claim(second));
        Assert.True(await grain.Claim(first)); // a retry

        await fixture.DeactivateIdleGrains();
        Assert.Equal(first, await grain.GetChallengeId());
        Assert.Single(await fixture.Store.ReadStreamAsync("invite-" + code));
    }

    [Theory]
    [InlineData("abcd2345")]
    [InlineData("ABCD0000")]
    public async Task Given_a_key_that_is_not_a_normalised_code_When_claimed_Then_refused_and_nothing_stored(string key)
    {
        Assert.False(await fixture.Grains.GetGrain<IInviteCodeGrain>(key).Claim(Guid.NewGuid()));
        Assert.Empty(await fixture.Store.ReadStreamAsync("invite-" + key));
    }

    [Fact]
    public async Task Given_the_first_drawn_codes_are_taken_When_a_challenge_draws_Then_it_gets_the_first_free_one()
    {
        var taken = InviteCodeDraw.NewCode();
        Assert.True(await fixture.Grains.GetGrain<IInviteCodeGrain>(taken).Claim(Guid.NewGuid()));
        var free = InviteCodeDraw.NewCode();
        var draws = new Queue<string>([taken, taken, free]);
        var challengeId = Guid.NewGuid();

        var code = await InviteCodeDraw.ClaimFirstFree(draws.Dequeue, c => fixture.Grains.GetGrain<IInviteCodeGrain>(c).Claim(challengeId));

        Assert.Equal(free, code);
        Assert.Empty(draws);
        Assert.Equal(challengeId, await fixture.Grains.GetGrain<IInviteCodeGrain>(free).GetChallengeId());
    }

    [Fact]
    public async Task Given_every_draw_is_taken_When_drawing_Then_it_gives_up_after_the_bound()
    {
        var draws = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InviteCodeDraw.ClaimFirstFree(() => { draws++; return "ABCD2345"; }, _ => Task.FromResult(false)));

        Assert.Equal(InviteCodeDraw.MaxAttempts, draws);
    }
}
