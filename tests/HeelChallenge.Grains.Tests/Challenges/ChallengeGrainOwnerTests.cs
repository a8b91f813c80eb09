using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Challenges;

[Collection(ClusterCollection.Name)]
public sealed class ChallengeGrainOwnerTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_the_owner_When_ending_twice_Then_ended_once_and_cancelling_afterwards_is_a_conflict()
    {
        var (ownerId, grain, _) = await TestChallenges.Create(fixture.Grains);

        Assert.True((await grain.End(ownerId)).IsAccepted);
        Assert.True((await grain.End(ownerId)).IsAccepted);
        var cancel = await grain.Cancel(ownerId);

        var view = await grain.Get(ownerId);
        Assert.Equal(ChallengeStatus.Ended, view!.Status);
        Assert.NotNull(view.EndedAt);
        Assert.Equal((ErrorKind.Conflict, "status"), (Assert.Single(cancel.Errors).Kind, cancel.Errors[0].Field));
        var types = (await fixture.Store.ReadStreamAsync(StreamIds.ForChallenge(grain.GetPrimaryKey()))).Select(e => e.Type);
        Assert.Equal(1, types.Count(t => t == "challenge-ended.v1"));
        Assert.DoesNotContain("challenge-cancelled.v1", types);
    }

    [Fact]
    public async Task Given_the_owner_When_cancelling_Then_cancelled()
    {
        var (ownerId, grain, _) = await TestChallenges.Create(fixture.Grains);

        Assert.True((await grain.Cancel(ownerId)).IsAccepted);

        Assert.Equal(ChallengeStatus.Cancelled, (await grain.Get(ownerId))!.Status);
    }

    [Fact]
    public async Task Given_a_participant_or_a_stranger_When_ending_or_cancelling_Then_forbidden_or_not_found_and_nothing_changes()
    {
        var (ownerId, grain, view) = await TestChallenges.Create(fixture.Grains);
        var member = await TestChallenges.NewUser(fixture.Grains);
        await grain.Join(new JoinChallenge(member, view.InviteCode));
        var stranger = Guid.NewGuid();

        Assert.Equal(ErrorKind.Forbidden, Assert.Single((await grain.End(member)).Errors).Kind);
        Assert.Equal(ErrorKind.Forbidden, Assert.Single((await grain.Cancel(member)).Errors).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Single((await grain.End(stranger)).Errors).Kind);
        Assert.Equal(ErrorKind.NotFound, Assert.Single((await grain.Cancel(stranger)).Errors).Kind);
        Assert.Equal(ChallengeStatus.Active, (await grain.Get(ownerId))!.Status);
    }
}
