namespace HeelChallenge.Domain.Users;

/// <summary>
/// One consent period of a client towards a coach: from <see cref="GrantedAt"/> (with the invite code that opened it)
/// until <see cref="RevokedAt"/>, or still current when that is null.
/// </summary>
[GenerateSerializer, Immutable, Alias("coach-consent")]
public sealed record CoachConsent(
    [property: Id(0)] Guid CoachId,
    [property: Id(1)] DateTimeOffset GrantedAt,
    [property: Id(2)] string InviteCode,
    [property: Id(3)] DateTimeOffset? RevokedAt = null)
{
    public bool IsCurrent => RevokedAt is null;
}
