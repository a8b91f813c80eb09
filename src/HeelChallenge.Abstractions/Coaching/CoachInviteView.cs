namespace HeelChallenge.Abstractions.Coaching;

/// <summary>A coach invite code as its grain knows it.</summary>
[GenerateSerializer, Immutable, Alias("coach-invite-view")]
public sealed record CoachInviteView(
    [property: Id(0)] string Code,
    [property: Id(1)] Guid CoachId,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt,
    [property: Id(4)] Guid? RedeemedBy,
    [property: Id(5)] DateTimeOffset? RedeemedAt);
