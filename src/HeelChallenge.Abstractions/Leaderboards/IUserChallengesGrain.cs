using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>The challenges one user (the key) owns or takes part in, a read model of the "leaderboards" projection.</summary>
[Alias("user-challenges")]
public interface IUserChallengesGrain : IProjectionReadModel, IGrainWithGuidKey
{
    /// <summary>Most recently joined or created first.</summary>
    [Alias("list"), ReadOnly]
    Task<UserChallengePage> List(string? cursor, int limit);
}
