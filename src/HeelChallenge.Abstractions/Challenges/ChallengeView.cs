using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Abstractions.Challenges;

/// <summary>A challenge as a given caller sees it. InviteCode is shown to the owner and participants only.</summary>
[GenerateSerializer, Immutable, Alias("challenge-view")]
public sealed record ChallengeView(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] Guid OwnerId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Description,
    [property: Id(4)] IReadOnlyList<ProgramItem> Program,
    [property: Id(5)] DateTimeOffset StartsAt,
    [property: Id(6)] DateTimeOffset EndsAt,
    [property: Id(7)] string TimeZone,
    [property: Id(8)] string Visibility,
    [property: Id(9)] string? InviteCode,
    [property: Id(10)] int? Capacity,
    [property: Id(11)] int ParticipantCount,
    [property: Id(12)] string Status,
    [property: Id(13)] DateTimeOffset CreatedAt,
    [property: Id(14)] bool IsParticipant,
    [property: Id(15)] bool IsOwner,
    [property: Id(16)] DateTimeOffset? EndedAt);
