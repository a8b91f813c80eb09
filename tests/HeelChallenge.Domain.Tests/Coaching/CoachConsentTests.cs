using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Tests.Coaching;

public class CoachConsentTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly Guid Coach = Guid.NewGuid();

    private static UserState Client()
    {
        var state = new UserState();
        state.Apply(new UserRegistered(Guid.NewGuid(), "client", "Client", "Europe/Paris", Now.AddDays(-10)));
        return state;
    }

    private static Decision<UserEvent> Applied(UserState state, Decision<UserEvent> decision)
    {
        foreach (var e in decision.Events) state.Apply(e);
        return decision;
    }

    [Fact]
    public void Given_a_client_When_a_coach_is_granted_Then_current_with_a_consent_period_and_a_second_grant_raises_nothing()
    {
        var state = Client();

        var grant = Applied(state, UserDecider.GrantCoachAccess(state, Coach, "ABCD2345", Now));
        var again = UserDecider.GrantCoachAccess(state, Coach, "EFGH2345", Now.AddMinutes(5));

        Assert.Equal(new CoachAccessGranted(Coach, Now, "ABCD2345"), Assert.Single(grant.Events));
        Assert.Equal(new CoachConsent(Coach, Now, "ABCD2345"), state.Coaches[Coach]);
        Assert.Single(state.Consents);
        Assert.Equal((0, 0), (again.Events.Count, again.Errors.Count));
    }

    [Fact]
    public void Given_a_client_When_they_grant_themselves_Then_refused()
    {
        var state = Client();

        var decision = UserDecider.GrantCoachAccess(state, state.UserId, "ABCD2345", Now);

        Assert.Equal(ErrorKind.Validation, Assert.Single(decision.Errors).Kind);
        Assert.Empty(decision.Events);
    }

    [Fact]
    public void Given_a_current_coach_When_revoked_Then_no_longer_current_the_period_is_closed_and_a_second_revoke_raises_nothing()
    {
        var state = Client();
        Applied(state, UserDecider.GrantCoachAccess(state, Coach, "ABCD2345", Now));

        var revoke = Applied(state, UserDecider.RevokeCoachAccess(state, Coach, Now.AddDays(1)));
        var again = UserDecider.RevokeCoachAccess(state, Coach, Now.AddDays(2));

        Assert.Equal(new CoachAccessRevoked(Coach, Now.AddDays(1)), Assert.Single(revoke.Events));
        Assert.Empty(state.Coaches);
        Assert.Equal(new CoachConsent(Coach, Now, "ABCD2345", Now.AddDays(1)), Assert.Single(state.Consents));
        Assert.Equal((0, 0), (again.Events.Count, again.Errors.Count));
    }

    [Fact]
    public void Given_a_user_who_never_was_a_coach_When_revoked_Then_not_found()
    {
        var decision = UserDecider.RevokeCoachAccess(Client(), Coach, Now);

        Assert.Equal((ErrorKind.NotFound, "coachId"), (Assert.Single(decision.Errors).Kind, decision.Errors[0].Field));
    }

    [Fact]
    public void Given_a_revoked_coach_When_granted_again_with_a_new_code_Then_a_second_period_and_the_old_code_is_refused()
    {
        var state = Client();
        Applied(state, UserDecider.GrantCoachAccess(state, Coach, "ABCD2345", Now));
        Applied(state, UserDecider.RevokeCoachAccess(state, Coach, Now.AddDays(1)));

        var oldCode = UserDecider.GrantCoachAccess(state, Coach, "ABCD2345", Now.AddDays(2));
        var newCode = Applied(state, UserDecider.GrantCoachAccess(state, Coach, "EFGH2345", Now.AddDays(3)));

        Assert.Equal(ErrorKind.Gone, Assert.Single(oldCode.Errors).Kind);
        Assert.Single(newCode.Events);
        Assert.Equal([Now.AddDays(1), null], state.Consents.Select(c => c.RevokedAt));
        Assert.Equal(Now.AddDays(3), state.Coaches[Coach].GrantedAt);
    }

    [Fact]
    public void Given_consent_events_When_applied_twice_Then_the_state_is_as_after_once()
    {
        var (once, twice) = (Client(), Client());
        UserEvent[] events = [new CoachAccessGranted(Coach, Now, "ABCD2345"), new CoachAccessRevoked(Coach, Now.AddDays(1))];

        foreach (var e in events) once.Apply(e);
        foreach (var e in events) { twice.Apply(e); twice.Apply(e); }

        Assert.Equal(once.Consents, twice.Consents);
        Assert.Empty(twice.Coaches);
    }

    [Fact]
    public void Given_an_unregistered_user_When_granting_or_revoking_Then_not_found()
    {
        var state = new UserState();

        Assert.Equal(ErrorKind.NotFound, Assert.Single(UserDecider.GrantCoachAccess(state, Coach, "ABCD2345", Now).Errors).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Single(UserDecider.RevokeCoachAccess(state, Coach, Now).Errors).Kind);
    }
}
