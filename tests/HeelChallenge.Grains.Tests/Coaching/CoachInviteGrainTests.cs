using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Coaching;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Coaching;

[Collection(ClusterCollection.Name)]
public sealed class CoachInviteGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_a_coach_When_an_invite_is_issued_Then_a_fresh_code_of_theirs_expiring_after_the_lifetime_is_stored()
    {
        var (coach, _) = await TestSets.NewUser(fixture.Grains);
        var before = DateTimeOffset.UtcNow;

        var invite = await TestCoaching.Issue(fixture.Grains, coach, TimeSpan.FromDays(7));

        Assert.True(InviteCodes.IsWellFormed(invite.Code));
        Assert.Equal(coach, invite.CoachId);
        Assert.InRange(invite.ExpiresAt - invite.IssuedAt, TimeSpan.FromDays(7), TimeSpan.FromDays(7));
        Assert.InRange(invite.IssuedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.Null(invite.RedeemedBy);
        var events = await fixture.Store.ReadStreamAsync(StreamIds.ForCoachInvite(invite.Code));
        Assert.Equal("coach-invite-issued.v1", Assert.Single(events).Type);
    }

    [Fact]
    public async Task Given_two_coaches_When_each_issues_codes_Then_codes_differ_and_belong_to_their_issuer()
    {
        var (a, _) = await TestSets.NewUser(fixture.Grains);
        var (b, _) = await TestSets.NewUser(fixture.Grains);

        var invites = await Task.WhenAll(TestCoaching.Issue(fixture.Grains, a), TestCoaching.Issue(fixture.Grains, a), TestCoaching.Issue(fixture.Grains, b));

        Assert.Equal(3, invites.Select(i => i.Code).Distinct().Count());
        Assert.Equal([a, a, b], invites.Select(i => i.CoachId));
        Assert.Equal(b, (await fixture.Grains.GetGrain<ICoachInviteGrain>(invites[2].Code).Get())!.CoachId);
    }

    [Fact]
    public async Task Given_a_user_without_a_profile_When_they_issue_an_invite_Then_not_found_and_no_code_is_used()
    {
        var result = await fixture.Grains.GetGrain<ICoachInviteIssuer>(ICoachInviteIssuer.Key).Issue(Guid.NewGuid(), CoachInvites.DefaultLifetime);

        Assert.Equal((ErrorKind.NotFound, "user"), (Assert.Single(result.Errors).Kind, result.Errors[0].Field));
        Assert.Null(result.Invite);
    }

    [Fact]
    public async Task Given_an_issued_code_When_another_coach_issues_the_same_code_Then_conflict_and_the_first_keeps_it()
    {
        var (a, _) = await TestSets.NewUser(fixture.Grains);
        var invite = await TestCoaching.Issue(fixture.Grains, a);

        var result = await fixture.Grains.GetGrain<ICoachInviteGrain>(invite.Code).Issue(Guid.NewGuid(), CoachInvites.DefaultLifetime);

        Assert.Equal(ErrorKind.Conflict, Assert.Single(result.Errors).Kind);
        await fixture.DeactivateIdleGrains();
        Assert.Equal(a, (await fixture.Grains.GetGrain<ICoachInviteGrain>(invite.Code).Get())!.CoachId);
    }

    [Fact]
    public async Task Given_a_code_nobody_was_issued_When_read_Then_null_and_nothing_stored()
    {
        var code = HeelChallenge.Grains.Challenges.InviteCodeDraw.NewCode();

        Assert.Null(await fixture.Grains.GetGrain<ICoachInviteGrain>(code).Get());
        Assert.Empty(await fixture.Store.ReadStreamAsync(StreamIds.ForCoachInvite(code)));
    }
}
