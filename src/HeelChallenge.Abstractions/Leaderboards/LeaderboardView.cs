namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>
/// A leaderboard at one version. Version grows by one with every event that changes the standings, so it is the same
/// after a rebuild. Me and Around are null unless asked for (Me is also null when that user is not on the board).
/// Position is the last log position the board reflects; EndsAt the planned end (null before the board knows the challenge).
/// </summary>
[GenerateSerializer, Immutable, Alias("leaderboard-view")]
public sealed record LeaderboardView(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] long Version,
    [property: Id(2)] string? Status,
    [property: Id(3)] int ParticipantCount,
    [property: Id(4)] IReadOnlyList<LeaderboardRow> Entries,
    [property: Id(5)] LeaderboardRow? Me,
    [property: Id(6)] IReadOnlyList<LeaderboardRow>? Around,
    [property: Id(7)] long Position,
    [property: Id(8)] DateTimeOffset? EndsAt);
