using HeelChallenge.Domain.Coaching;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Tests.Coaching;

public class CoachInviteDeciderTests
{
    private const string Code = "ABCD2345";
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coach = Guid.NewGuid();

    private static CoachInviteState Issued(TimeSpan? lifetime = null)
    {
        var state = new CoachInviteState();
        foreach (var e in CoachInviteDecider.Issue(state, Code, Coach, lifetime ?? CoachInvites.DefaultLifetime, Now).Events) state.Apply(e);
        return state;
    }

    private static CoachInviteState Apply(CoachInviteState state, Decision<CoachInviteEvent> decision)
    {
        foreach (var e in decision.Events) state.Apply(e);
        return state;
    }

    [Fact]
    public void Given_a_free_code_When_issued_Then_it_belongs_to_the_coach_until_now_plus_the_lifetime_and_a_retry_changes_nothing()
    {
        var state = new CoachInviteState();

        var issue = CoachInviteDecider.Issue(state, Code, Coach, TimeSpan.FromDays(7), Now);
        Apply(state, issue);
        var retry = CoachInviteDecider.Issue(state, Code, Coach, TimeSpan.FromDays(7), Now.AddMinutes(1));

        Assert.Equal(new CoachInviteIssued(Code, Coach, Now, Now.AddDays(7)), Assert.Single(issue.Events));
        Assert.Equal((Coach, Now.AddDays(7)), (state.CoachId, state.ExpiresAt));
        Assert.Equal((0, 0), (retry.Events.Count, retry.Errors.Count));
    }

    [Fact]
    public void Given_a_code_issued_to_one_coach_When_another_coach_draws_it_Then_conflict()
    {
        var decision = CoachInviteDecider.Issue(Issued(), Code, Guid.NewGuid(), CoachInvites.DefaultLifetime, Now);

        Assert.Equal(ErrorKind.Conflict, Assert.Single(decision.Errors).Kind);
    }

    [Theory]
    [InlineData("abcd2345", 7)]
    [InlineData("ABCD0000", 7)]
    [InlineData(Code, 0)]
    [InlineData(Code, 91)]
    public void Given_a_malformed_code_or_lifetime_When_issued_Then_refused(string code, int days)
    {
        var decision = CoachInviteDecider.Issue(new CoachInviteState(), code, Coach, TimeSpan.FromDays(days), Now);

        Assert.Equal(ErrorKind.Validation, Assert.Single(decision.Errors).Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_an_unknown_code_When_redeemed_Then_not_found()
    {
        var decision = CoachInviteDecider.Redeem(new CoachInviteState(), Guid.NewGuid(), Now);

        Assert.Equal((ErrorKind.NotFound, "code"), (Assert.Single(decision.Errors).Kind, decision.Errors[0].Field));
    }

    [Fact]
    public void Given_an_issued_code_When_a_client_redeems_it_twice_Then_one_event_and_the_retry_is_accepted_even_after_expiry()
    {
        var client = Guid.NewGuid();
        var state = Issued(TimeSpan.FromHours(1));

        var redeem = CoachInviteDecider.Redeem(state, client, Now.AddMinutes(59));
        Apply(state, redeem);
        var retryAfterExpiry = CoachInviteDecider.Redeem(state, client, Now.AddHours(2));

        Assert.Equal(new CoachInviteRedeemed(Code, client, Now.AddMinutes(59)), Assert.Single(redeem.Events));
        Assert.Equal(client, state.RedeemedBy);
        Assert.Equal((0, 0), (retryAfterExpiry.Events.Count, retryAfterExpiry.Errors.Count));
    }

    [Fact]
    public void Given_a_redeemed_code_When_another_client_redeems_it_Then_conflict_and_nothing_raised()
    {
        var state = Issued();
        Apply(state, CoachInviteDecider.Redeem(state, Guid.NewGuid(), Now));

        var second = CoachInviteDecider.Redeem(state, Guid.NewGuid(), Now);

        Assert.Equal((ErrorKind.Conflict, "code"), (Assert.Single(second.Errors).Kind, second.Errors[0].Field));
        Assert.Empty(second.Events);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(3599, false)]
    [InlineData(3600, true)] // expiresAt itself is already too late
    [InlineData(7200, true)]
    public void Given_an_issued_code_When_redeemed_at_some_time_Then_gone_from_expiresAt_on(int secondsAfterIssue, bool gone)
    {
        var decision = CoachInviteDecider.Redeem(Issued(TimeSpan.FromHours(1)), Guid.NewGuid(), Now.AddSeconds(secondsAfterIssue));

        if (gone)
        {
            var error = Assert.Single(decision.Errors);
            Assert.Equal((ErrorKind.Gone, "code"), (error.Kind, error.Field));
            Assert.Contains("expired", error.Detail, StringComparison.Ordinal);
            Assert.Empty(decision.Events);
        }
        else
        {
            Assert.Single(decision.Events);
        }
    }

    [Fact]
    public void Given_the_coach_own_code_When_the_coach_redeems_it_Then_refused_and_the_code_stays_usable()
    {
        var state = Issued();

        var own = CoachInviteDecider.Redeem(state, Coach, Now);
        var client = CoachInviteDecider.Redeem(state, Guid.NewGuid(), Now);

        Assert.Equal(ErrorKind.Validation, Assert.Single(own.Errors).Kind);
        Assert.Null(state.RedeemedBy);
        Assert.Single(client.Events);
    }
}
