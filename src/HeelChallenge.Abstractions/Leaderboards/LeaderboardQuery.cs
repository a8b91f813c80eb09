namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>Top <see cref="Top"/> rows; with <see cref="AroundUserId"/>, that participant's row and up to
/// <see cref="AroundCount"/> rows above and below it.</summary>
[GenerateSerializer, Immutable, Alias("leaderboard-query")]
public sealed record LeaderboardQuery(
    [property: Id(0)] int Top,
    [property: Id(1)] Guid? AroundUserId = null,
    [property: Id(2)] int AroundCount = LeaderboardQuery.DefaultAroundCount)
{
    public const int DefaultTop = 10;
    public const int MaxTop = 100;
    public const int DefaultAroundCount = 5;
}
