namespace HeelChallenge.Gateway.Tests.Leaderboards;

[CollectionDefinition(Name)]
public sealed class LeaderboardCollection : ICollectionFixture<LeaderboardFactory>
{
    public const string Name = "leaderboards";
}
