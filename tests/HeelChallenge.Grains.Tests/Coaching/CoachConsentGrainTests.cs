using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Coaching;

[Collection(ClusterCollection.Name)]
public sealed class CoachConsentGrainTests(ClusterFixture fixture)
{
    private async Task<string[]> TypesIn(string streamId) => (await fixture.Store.ReadStreamAsync(streamId)).Select(e => e.Type).ToArray();

    [Fact]
    public async Task Given_an_invite_When_the_client_accepts_it_twice_Then_one_grant_one_redeem_and_the_coach_is_current()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (clientId, client) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coach);

        var first = await client.AcceptCoachInvite(invite.Code);
        var again = await client.AcceptCoachInvite(invite.Code);

        Assert.True(first.Granted);
        Assert.Equal((coach, invite.Code), (first.Consent!.CoachId, first.Consent.InviteCode));
        Assert.True(again.IsAccepted);
        Assert.False(again.Granted);
        Assert.Equal(first.Consent, again.Consent);
        Assert.Equal(["user-registered.v1", "coach-access-granted.v1"], await TypesIn(StreamIds.ForUser(clientId)));
        Assert.Equal(["coach-invite-issued.v1", "coach-invite-redeemed.v1"], await TypesIn(StreamIds.ForCoachInvite(invite.Code)));
        Assert.Equal(clientId, (await fixture.Grains.GetGrain<ICoachInviteGrain>(invite.Code).Get())!.RedeemedBy);

        await fixture.DeactivateIdleGrains();
        Assert.Equal(first.Consent, await client.GetCoachAccess(coach));
    }

    [Fact]
    public async Task Given_a_redeemed_code_When_a_second_client_uses_it_Then_conflict_and_no_access()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (_, first) = await TestSets.NewUser(fixture.Grains);
        var (secondId, second) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coach);
        Assert.True((await first.AcceptCoachInvite(invite.Code)).Granted);

        var result = await second.AcceptCoachInvite(invite.Code);

        Assert.Equal((ErrorKind.Conflict, "code"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
        Assert.Null(await second.GetCoachAccess(coach));
        Assert.Equal(["user-registered.v1"], await TypesIn(StreamIds.ForUser(secondId)));
    }

    [Fact]
    public async Task Given_two_clients_racing_for_one_code_When_both_accept_at_once_Then_exactly_one_gets_the_coach()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var clients = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TestSets.NewUser(fixture.Grains)));
        var invite = await TestCoaching.Issue(fixture.Grains, coach);

        var results = await Task.WhenAll(clients.Select(c => c.Grain.AcceptCoachInvite(invite.Code)));

        Assert.Single(results, r => r.Granted);
        Assert.All(results.Where(r => !r.Granted), r => Assert.Equal(ErrorKind.Conflict, Assert.Single(r.Errors).Kind));
        var accesses = await Task.WhenAll(clients.Select(c => c.Grain.GetCoachAccess(coach)));
        Assert.Single(accesses, a => a is not null);
    }

    [Fact]
    public async Task Given_a_coach_When_they_accept_their_own_code_Then_refused_and_the_code_stays_usable()
    {
        var (coachId, coach) = await TestSets.NewUser(fixture.Grains);
        var (_, client) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coachId);

        var own = await coach.AcceptCoachInvite(invite.Code);

        Assert.Equal((ErrorKind.Validation, "code"), (Assert.Single(own.Errors).Kind, own.Errors[0].Field));
        Assert.Null(await coach.GetCoachAccess(coachId));
        Assert.True((await client.AcceptCoachInvite(invite.Code)).Granted);
    }

    [Fact]
    public async Task Given_an_expired_code_When_a_client_accepts_it_Then_gone_and_nothing_stored()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (clientId, client) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coach, TimeSpan.FromMilliseconds(1));
        TestCoaching.WaitUntilPast(invite.ExpiresAt);

        var result = await client.AcceptCoachInvite(invite.Code);

        var error = Assert.Single(result.Errors);
        Assert.Equal((ErrorKind.Gone, "code"), (error.Kind, error.Field));
        Assert.Contains("expired", error.Detail, StringComparison.Ordinal);
        Assert.Equal(["user-registered.v1"], await TypesIn(StreamIds.ForUser(clientId)));
        Assert.Null((await fixture.Grains.GetGrain<ICoachInviteGrain>(invite.Code).Get())!.RedeemedBy);
    }

    [Fact]
    public async Task Given_a_code_redeemed_but_not_yet_granted_When_the_client_retries_after_expiry_Then_the_grant_completes()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (clientId, client) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coach, TimeSpan.FromMilliseconds(500));
        // The first attempt got as far as the redeem (as if the grant had then failed).
        Assert.True((await fixture.Grains.GetGrain<ICoachInviteGrain>(invite.Code).Redeem(clientId)).IsAccepted);
        TestCoaching.WaitUntilPast(invite.ExpiresAt);

        var retry = await client.AcceptCoachInvite(invite.Code);

        Assert.True(retry.Granted);
        Assert.NotNull(await client.GetCoachAccess(coach));
        Assert.Equal(["coach-invite-issued.v1", "coach-invite-redeemed.v1"], await TypesIn(StreamIds.ForCoachInvite(invite.Code)));
    }

    [Fact]
    public async Task Given_a_current_coach_When_the_client_enters_another_code_of_theirs_Then_accepted_without_spending_that_code()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (_, client) = await TestSets.NewUser(fixture.Grains);
        var (_, other) = await TestSets.NewUser(fixture.Grains);
        var first = await TestCoaching.Issue(fixture.Grains, coach);
        var second = await TestCoaching.Issue(fixture.Grains, coach);
        Assert.True((await client.AcceptCoachInvite(first.Code)).Granted);

        var again = await client.AcceptCoachInvite(second.Code);

        Assert.True(again.IsAccepted);
        Assert.False(again.Granted);
        Assert.Equal(first.Code, again.Consent!.InviteCode);
        Assert.True((await other.AcceptCoachInvite(second.Code)).Granted);
    }

    [Fact]
    public async Task Given_a_current_coach_When_revoked_twice_Then_no_access_one_revoke_event_and_the_period_is_kept()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (clientId, client) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, coach);
        await client.AcceptCoachInvite(invite.Code);

        var revoke = await client.RevokeCoachAccess(coach);
        var again = await client.RevokeCoachAccess(coach);

        Assert.True(revoke.IsAccepted);
        Assert.True(again.IsAccepted);
        Assert.Null(await client.GetCoachAccess(coach));
        Assert.Equal(["user-registered.v1", "coach-access-granted.v1", "coach-access-revoked.v1"], await TypesIn(StreamIds.ForUser(clientId)));
        var period = Assert.Single(await client.GetCoachConsents());
        Assert.NotNull(period.RevokedAt);
        Assert.Equal(invite.Code, period.InviteCode);
    }

    [Fact]
    public async Task Given_a_revoked_coach_When_the_old_code_is_entered_again_Then_gone_and_a_new_code_grants_again()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var (_, client) = await TestSets.NewUser(fixture.Grains);
        var old = await TestCoaching.Issue(fixture.Grains, coach);
        await client.AcceptCoachInvite(old.Code);
        await client.RevokeCoachAccess(coach);

        var reuse = await client.AcceptCoachInvite(old.Code);
        var fresh = await client.AcceptCoachInvite((await TestCoaching.Issue(fixture.Grains, coach)).Code);

        Assert.Equal(ErrorKind.Gone, Assert.Single(reuse.Errors).Kind);
        Assert.True(fresh.Granted);
        Assert.Equal(2, (await client.GetCoachConsents()).Count);
    }

    [Fact]
    public async Task Given_someone_who_never_coached_the_client_When_revoked_Then_not_found()
    {
        var (_, client) = await TestSets.NewUser(fixture.Grains);

        var result = await client.RevokeCoachAccess(Guid.NewGuid());

        Assert.Equal((ErrorKind.NotFound, "coachId"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
    }

    [Fact]
    public async Task Given_an_unknown_code_When_accepted_Then_not_found()
    {
        var (_, client) = await TestSets.NewUser(fixture.Grains);

        var result = await client.AcceptCoachInvite(HeelChallenge.Grains.Challenges.InviteCodeDraw.NewCode());

        Assert.Equal((ErrorKind.NotFound, "code"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
    }
}
