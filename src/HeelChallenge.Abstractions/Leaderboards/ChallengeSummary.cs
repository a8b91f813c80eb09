namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>A challenge as lists show it. Status is the stored one (active, ended, cancelled).</summary>
[GenerateSerializer, Immutable, Alias("challenge-summary")]
public sealed record ChallengeSummary(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] Guid OwnerId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Description,
    [property: Id(4)] DateTimeOffset StartsAt,
    [property: Id(5)] DateTimeOffset EndsAt,
    [property: Id(6)] string TimeZone,
    [property: Id(7)] string Visibility,
    [property: Id(8)] int ParticipantCount,
    [property: Id(9)] int? Capacity,
    [property: Id(10)] string Status,
    [property: Id(11)] DateTimeOffset CreatedAt,
    [property: Id(12)] DateTimeOffset? EndedAt);
