namespace HeelChallenge.Abstractions.Coaching;

/// <summary>
/// Draws a free code and issues it to a coach (a stateless worker: use key <see cref="Key"/>). Refused with 404
/// "user" when the coach has no profile.
/// </summary>
[Alias("coach-invite-issuer")]
public interface ICoachInviteIssuer : IGrainWithIntegerKey
{
    public const long Key = 0;

    [Alias("issue")]
    Task<CoachInviteResult> Issue(Guid coachId, TimeSpan lifetime);
}
