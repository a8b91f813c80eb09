using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using static HeelChallenge.Domain.Tests.Challenges.ChallengeKit;

namespace HeelChallenge.Domain.Tests.Challenges;

public class ChallengeMembershipTests
{
    private static readonly Guid Ann = Guid.NewGuid();

    [Fact]
    public void Given_a_public_challenge_When_joined_without_a_code_Then_the_user_joins_with_their_name()
    {
        var decision = ChallengeDecider.Join(Created(ChallengeVisibility.Public), new JoinChallenge(Ann, null), "Ann", Now);

        Assert.Equal(new ParticipantJoined(Ann, "Ann", Now), Assert.Single(decision.Events));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("ZZZZ9999")]
    public void Given_a_private_challenge_When_joined_without_the_right_code_Then_not_found(string? code)
    {
        var error = Refusal(ChallengeDecider.Join(Created(), new JoinChallenge(Ann, code), "Ann", Now));

        Assert.Equal((ErrorKind.NotFound, "challengeId"), (error.Kind, error.Field));
    }

    [Theory]
    [InlineData(Code)]
    [InlineData("abcd-2345")]
    public void Given_a_private_challenge_When_joined_with_its_code_in_any_case_Then_the_user_joins(string code)
    {
        var decision = ChallengeDecider.Join(Created(), new JoinChallenge(Ann, code), "Ann", Now);

        Assert.IsType<ParticipantJoined>(Assert.Single(decision.Events));
    }

    [Fact]
    public void Given_a_participant_When_joining_again_even_once_full_and_ended_Then_nothing_happens()
    {
        var state = Created(capacity: 2).Joined(Ann).With(new ChallengeEnded(Now));

        var decision = ChallengeDecider.Join(state, new JoinChallenge(Ann, null), "Ann", Now);

        Assert.Equal((0, 0), (decision.Events.Count, decision.Errors.Count));
    }

    public static TheoryData<string, Func<ChallengeState, ChallengeState>, DateTimeOffset> Closed => new()
    {
        { "status", s => s.With(new ChallengeEnded(Now)), Now },
        { "status", s => s.With(new ChallengeCancelled(Now)), Now },
        { "endsAt", s => s, Now.AddDays(30) },
        { "capacity", s => s.Joined(Guid.NewGuid()).Joined(Guid.NewGuid()), Now },
    };

    [Theory]
    [MemberData(nameof(Closed))]
    public void Given_an_ended_cancelled_finished_or_full_challenge_When_joined_Then_conflict_naming_why(
        string field, Func<ChallengeState, ChallengeState> make, DateTimeOffset at)
    {
        var state = make(Created(ChallengeVisibility.Public, capacity: 3));

        var error = Refusal(ChallengeDecider.Join(state, new JoinChallenge(Ann, Code), "Ann", at));

        Assert.Equal((ErrorKind.Conflict, field), (error.Kind, error.Field));
    }

    [Fact]
    public void Given_one_place_left_When_two_join_one_after_the_other_Then_the_second_is_refused_on_capacity()
    {
        var state = Created(capacity: 2);
        var first = ChallengeDecider.Join(state, new JoinChallenge(Ann, Code), "Ann", Now);
        state = Fold(state, first);

        var second = ChallengeDecider.Join(state, new JoinChallenge(Guid.NewGuid(), Code), "Bob", Now);

        Assert.Single(first.Events);
        Assert.Equal("capacity", Refusal(second).Field);
        Assert.Equal(2, state.Participants.Count);
    }

    [Fact]
    public void Given_a_participant_When_they_leave_and_leave_again_Then_one_event_and_then_nothing()
    {
        var state = Created().Joined(Ann);

        var leave = ChallengeDecider.Leave(state, Ann, Now);
        state = Fold(state, leave);
        var again = ChallengeDecider.Leave(state, Ann, Now);

        Assert.Equal(new ParticipantLeft(Ann, Now), Assert.Single(leave.Events));
        Assert.Empty(again.Events);
        Assert.Empty(again.Errors);
        Assert.False(state.Participants.ContainsKey(Ann));
    }

    [Fact]
    public void Given_a_private_challenge_When_a_stranger_leaves_it_Then_not_found_as_for_reads()
    {
        var state = Created().Joined(Ann);

        Assert.Equal(ErrorKind.NotFound, Refusal(ChallengeDecider.Leave(state, Guid.NewGuid(), Now)).Kind);
        var left = state.With(new ParticipantLeft(Ann, Now));
        Assert.Empty(ChallengeDecider.Leave(left, Ann, Now).Events);
        Assert.Empty(ChallengeDecider.Leave(left, Ann, Now).Errors);
        Assert.Empty(ChallengeDecider.Leave(Created(ChallengeVisibility.Public), Guid.NewGuid(), Now).Errors);
    }

    [Fact]
    public void Given_a_participant_who_left_a_private_challenge_When_rejoining_Then_they_need_the_code_again()
    {
        var state = Created().Joined(Ann).With(new ParticipantLeft(Ann, Now));

        Assert.Equal(ErrorKind.NotFound, Refusal(ChallengeDecider.Join(state, new JoinChallenge(Ann, null), "Ann", Now)).Kind);
        Assert.Single(ChallengeDecider.Join(state, new JoinChallenge(Ann, Code), "Ann", Now).Events);
    }

    [Fact]
    public void Given_the_owner_left_their_private_challenge_When_rejoining_without_a_code_Then_they_join()
    {
        var state = Created().With(new ParticipantLeft(Owner, Now));

        var decision = ChallengeDecider.Join(state, new JoinChallenge(Owner, null), "Owner", Now);

        Assert.Single(decision.Events);
    }

    [Fact]
    public void Given_no_challenge_When_joining_or_leaving_Then_not_found()
    {
        Assert.Equal(ErrorKind.NotFound, Refusal(ChallengeDecider.Join(new ChallengeState(), new JoinChallenge(Ann, Code), "Ann", Now)).Kind);
        Assert.Equal(ErrorKind.NotFound, Refusal(ChallengeDecider.Leave(new ChallengeState(), Ann, Now)).Kind);
    }
}
