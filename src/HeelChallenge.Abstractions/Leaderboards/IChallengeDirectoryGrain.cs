using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>
/// Every challenge's summary (key <see cref="Key"/>), a read model of the "leaderboards" projection: lists public
/// challenges newest first, and answers summaries by id (for a user's own list).
/// </summary>
[Alias("challenge-directory")]
public interface IChallengeDirectoryGrain : IProjectionReadModel, IGrainWithStringKey
{
    public const string Key = "all";

    [Alias("list-public"), ReadOnly]
    Task<ChallengeSummaryPage> ListPublic(string? cursor, int limit);

    /// <summary>Summaries of the given challenges that exist, in the order asked.</summary>
    [Alias("get-many"), ReadOnly]
    Task<IReadOnlyList<ChallengeSummary>> GetMany(IReadOnlyList<Guid> challengeIds);
}
