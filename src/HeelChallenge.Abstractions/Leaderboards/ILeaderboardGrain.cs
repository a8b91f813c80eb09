using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>
/// One challenge's leaderboard (key = challenge id), a read model of the "leaderboards" projection. It answers
/// without checking who asks: callers check <c>IChallengeGrain.CanView</c> first.
/// </summary>
[Alias("leaderboard")]
public interface ILeaderboardGrain : IProjectionReadModel, IGrainWithGuidKey
{
    /// <summary>Top N and, optionally, one participant's row with the rows around it; never sorts the board.</summary>
    [Alias("get-board"), ReadOnly]
    Task<LeaderboardView> GetBoard(LeaderboardQuery query);

    /// <summary>
    /// The board if, as far as the board knows (its challenge's events up to its position), the caller may see it: the
    /// owner, a participant, anyone for a public challenge. Null otherwise — including a challenge the board has not
    /// heard of yet — and then only <c>IChallengeGrain.CanView</c> can say no: this is a shortcut for the yes.
    /// </summary>
    [Alias("get-board-for"), ReadOnly]
    Task<LeaderboardView?> GetBoardFor(LeaderboardQuery query, Guid callerId);

    /// <summary>
    /// Change notices: one at once if the board's version differs from <paramref name="afterVersion"/>, then one per
    /// change (coalesced while the reader is busy). Notices are hints; read the board for the truth.
    /// </summary>
    [Alias("watch")]
    IAsyncEnumerable<LeaderboardNotice> WatchAsync(long afterVersion, CancellationToken cancellationToken = default);
}
