namespace HeelChallenge.Domain.Challenges;

// The persisted schema of stream invite-{code}: at most one event, which gives the code to a challenge for good.

public abstract record InviteCodeEvent(DateTimeOffset At);

/// <summary>Idempotent per stream: even two racing writers cannot store two claims of one code.</summary>
[GenerateSerializer, Immutable, Alias("invite-code-claimed.v1")]
public sealed record InviteCodeClaimed(
    [property: Id(0)] string Code,
    [property: Id(1)] Guid ChallengeId,
    [property: Id(2)] DateTimeOffset ClaimedAt) : InviteCodeEvent(ClaimedAt), Common.IIdempotentEvent
{
    public string IdempotencyKey => "invite-code-claimed";
}
