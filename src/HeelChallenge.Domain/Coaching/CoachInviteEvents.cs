using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Coaching;

// The persisted schema of stream coach-invite-{code}: a code is issued once, to one coach, and redeemed at most once,
// by one client. Both events are idempotent per stream, so even racing writers cannot store a second of either.

/// <summary>Base of every event in a coach-invite stream (serializable, like the other event bases).</summary>
[GenerateSerializer, Immutable]
public abstract record CoachInviteEvent([property: Id(0)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("coach-invite-issued.v1")]
public sealed record CoachInviteIssued(
    [property: Id(0)] string Code,
    [property: Id(1)] Guid CoachId,
    [property: Id(2)] DateTimeOffset IssuedAt,
    [property: Id(3)] DateTimeOffset ExpiresAt) : CoachInviteEvent(IssuedAt), IIdempotentEvent
{
    public string IdempotencyKey => "coach-invite-issued";
}

[GenerateSerializer, Immutable, Alias("coach-invite-redeemed.v1")]
public sealed record CoachInviteRedeemed(
    [property: Id(0)] string Code,
    [property: Id(1)] Guid ClientId,
    [property: Id(2)] DateTimeOffset RedeemedAt) : CoachInviteEvent(RedeemedAt), IIdempotentEvent
{
    public string IdempotencyKey => "coach-invite-redeemed";
}
