using HeelChallenge.Abstractions;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Grains.Tests;

[Collection(ClusterCollection.Name)]
public sealed class GrainReferencesTests(ClusterFixture fixture)
{
    [Fact]
    public void Given_two_interfaces_When_referencing_by_key_Then_each_reference_is_the_one_GetGrain_makes()
    {
        var key = Guid.NewGuid();

        var user = fixture.Grains.Reference<IUserGrain>(key);
        var board = fixture.Grains.Reference<ILeaderboardGrain>(key);

        Assert.Equal(fixture.Grains.GetGrain<IUserGrain>(key).GetGrainId(), user.GetGrainId());
        Assert.Equal(fixture.Grains.GetGrain<ILeaderboardGrain>(key).GetGrainId(), board.GetGrainId());
        Assert.NotEqual(user.GetGrainId(), board.GetGrainId());
    }

    [Fact]
    public async Task Given_a_registered_user_When_called_through_a_reference_Then_the_call_reaches_that_users_grain()
    {
        var (userId, _) = await TestSets.NewUser(fixture.Grains);

        var profile = await fixture.Grains.Reference<IUserGrain>(userId).GetProfile();

        Assert.Equal(userId, profile?.UserId);
    }
}
