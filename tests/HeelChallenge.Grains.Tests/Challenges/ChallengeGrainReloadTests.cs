using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Tests.Challenges;

/// <summary>A deactivated challenge comes back from the store exactly as it was: definition, members, status.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChallengeGrainReloadTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_members_who_joined_and_left_and_an_end_When_the_grain_reactivates_Then_it_shows_the_same_challenge()
    {
        var (ownerId, grain, view) = await TestChallenges.Create(fixture.Grains, capacity: 3);
        var (stays, leaves) = (await TestChallenges.NewUser(fixture.Grains), await TestChallenges.NewUser(fixture.Grains));
        await grain.Join(new JoinChallenge(stays, view.InviteCode));
        await grain.Join(new JoinChallenge(leaves, view.InviteCode));
        await grain.Leave(leaves);
        await grain.End(ownerId);
        var before = await grain.Get(ownerId);

        await fixture.DeactivateIdleGrains();

        TestChallenges.AssertSameView(before, await grain.Get(ownerId));
        Assert.True(await grain.CanView(stays));
        Assert.False(await grain.CanView(leaves));
        Assert.Equal(view.ChallengeId, await fixture.Grains.GetGrain<IInviteCodeGrain>(view.InviteCode!).GetChallengeId());
    }

    [Fact]
    public async Task Given_more_events_than_the_snapshot_interval_When_the_grain_reactivates_Then_snapshot_plus_tail_give_the_same_state()
    {
        var (ownerId, grain, _) = await TestChallenges.Create(fixture.Grains, ChallengeVisibility.Public);
        var user = await TestChallenges.NewUser(fixture.Grains);
        for (var i = 0; i < ClusterFixture.SnapshotEvery / 2; i++)
        {
            await grain.Join(new JoinChallenge(user, null));
            await grain.Leave(user);
        }

        await grain.Join(new JoinChallenge(user, null));
        var streamId = StreamIds.ForChallenge(grain.GetPrimaryKey());
        var snapshot = await TestSets.Eventually(() => fixture.Store.LoadSnapshotAsync(streamId));
        Assert.Equal(ClusterFixture.SnapshotEvery, snapshot.Version);
        var before = await grain.Get(ownerId);

        await fixture.DeactivateIdleGrains();

        TestChallenges.AssertSameView(before, await grain.Get(ownerId));
        Assert.True((await grain.Get(user))!.IsParticipant);
        Assert.Equal(ClusterFixture.SnapshotEvery + 3, (await fixture.Store.ReadStreamAsync(streamId)).Count);
    }
}
