using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using static HeelChallenge.Domain.Tests.Challenges.ChallengeKit;

namespace HeelChallenge.Domain.Tests.Challenges;

public class ChallengeClosingTests
{
    [Fact]
    public void Given_an_active_challenge_When_the_owner_ends_it_Then_it_is_ended_and_scoring_stops_now()
    {
        var state = Created();

        var decision = ChallengeDecider.End(state, Owner, Now);
        state = Fold(state, decision);

        Assert.Equal(new ChallengeEnded(Now), Assert.Single(decision.Events));
        Assert.Equal((ChallengeStatus.Ended, Now, Now), (state.StatusAt(Now.AddDays(60)), state.EndedAt, state.EffectiveEndsAt));
    }

    [Fact]
    public void Given_an_active_challenge_When_the_owner_cancels_it_Then_it_is_cancelled()
    {
        var state = Fold(Created(), ChallengeDecider.Cancel(Created(), Owner, Now));

        Assert.Equal(ChallengeStatus.Cancelled, state.StatusAt(Now));
    }

    [Fact]
    public void Given_an_ended_challenge_When_ended_again_Then_nothing_and_when_cancelled_Then_conflict_on_status()
    {
        var state = Created().With(new ChallengeEnded(Now));

        var again = ChallengeDecider.End(state, Owner, Now);
        var cancel = ChallengeDecider.Cancel(state, Owner, Now);

        Assert.Equal((0, 0), (again.Events.Count, again.Errors.Count));
        Assert.Equal((ErrorKind.Conflict, "status"), (Refusal(cancel).Kind, Refusal(cancel).Field));
    }

    [Theory]
    [InlineData(ChallengeVisibility.Private, true, ErrorKind.Forbidden)] // a participant sees it
    [InlineData(ChallengeVisibility.Public, false, ErrorKind.Forbidden)] // anyone sees a public one
    [InlineData(ChallengeVisibility.Private, false, ErrorKind.NotFound)] // a stranger must not learn it exists
    public void Given_someone_other_than_the_owner_When_ending_or_cancelling_Then_forbidden_if_they_can_see_it_else_not_found(
        string visibility, bool participant, ErrorKind expected)
    {
        var caller = Guid.NewGuid();
        var state = Created(visibility);
        if (participant) state = state.Joined(caller);

        Assert.Equal(expected, Refusal(ChallengeDecider.End(state, caller, Now)).Kind);
        Assert.Equal(expected, Refusal(ChallengeDecider.Cancel(state, caller, Now)).Kind);
    }

    [Fact]
    public void Given_the_visibility_rule_When_asked_Then_owner_and_participants_always_see_strangers_only_public_ones()
    {
        var (stranger, member) = (Guid.NewGuid(), Guid.NewGuid());
        var hidden = Created().Joined(member).With(new ParticipantLeft(Owner, Now));

        Assert.Equal((true, true, false), (hidden.IsVisibleTo(Owner), hidden.IsVisibleTo(member), hidden.IsVisibleTo(stranger)));
        Assert.True(Created(ChallengeVisibility.Public).IsVisibleTo(stranger));
        Assert.False(new ChallengeState().IsVisibleTo(Owner));
    }
}
