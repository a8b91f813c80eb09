namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>"The board of this challenge is now at this version": a hint to re-read it.</summary>
[GenerateSerializer, Immutable, Alias("leaderboard-notice")]
public readonly record struct LeaderboardNotice([property: Id(0)] Guid ChallengeId, [property: Id(1)] long Version);
