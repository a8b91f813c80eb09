using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Tests.Challenges;

public class InviteCodeTests
{
    [Theory]
    [InlineData("abcd2345", "ABCD2345")]
    [InlineData(" abcd-2345 ", "ABCD2345")]
    [InlineData("AbCd 2345", "ABCD2345")]
    [InlineData(null, "")]
    public void Given_user_input_When_normalised_Then_upper_case_without_separators(string? input, string expected) =>
        Assert.Equal(expected, InviteCodes.Normalize(input));

    [Theory]
    [InlineData("ABCD2345", true)]
    [InlineData("ABCD234", false)] // too short
    [InlineData("ABCD23456", false)] // too long
    [InlineData("ABCD2340", false)] // 0 is left out (O)
    [InlineData("ABCO2345", false)]
    [InlineData("ABCI2345", false)] // I, L and 1 look alike
    [InlineData("ABCL2345", false)]
    [InlineData("ABC12345", false)]
    [InlineData("abcd2345", false)] // not normalised
    public void Given_a_code_When_checked_Then_only_8_unambiguous_characters_are_well_formed(string code, bool expected) =>
        Assert.Equal(expected, InviteCodes.IsWellFormed(code));

    [Fact]
    public void Given_a_free_code_When_claimed_Then_it_belongs_to_the_challenge_and_a_retry_changes_nothing()
    {
        var (challenge, now, state) = (Guid.NewGuid(), DateTimeOffset.UnixEpoch, new InviteCodeState());

        var claim = InviteCodeDecider.Claim(state, "ABCD2345", challenge, now);
        foreach (var e in claim.Events) state.Apply(e);
        var retry = InviteCodeDecider.Claim(state, "ABCD2345", challenge, now);

        Assert.Equal(new InviteCodeClaimed("ABCD2345", challenge, now), Assert.Single(claim.Events));
        Assert.Equal(challenge, state.ChallengeId);
        Assert.Equal((0, 0), (retry.Events.Count, retry.Errors.Count));
    }

    [Fact]
    public void Given_a_claimed_code_When_another_challenge_claims_it_Then_conflict()
    {
        var state = new InviteCodeState();
        state.Apply(new InviteCodeClaimed("ABCD2345", Guid.NewGuid(), DateTimeOffset.UnixEpoch));

        var decision = InviteCodeDecider.Claim(state, "ABCD2345", Guid.NewGuid(), DateTimeOffset.UnixEpoch);

        Assert.Equal(ErrorKind.Conflict, Assert.Single(decision.Errors).Kind);
    }
}
