namespace HeelChallenge.Abstractions.Challenges;

/// <summary>
/// Maps an invite code to its challenge (stream invite-{code}). Single activation per code makes codes unique:
/// Claim fails if the code already belongs to another challenge, and the creator draws a new one.
/// </summary>
[Alias("invite-code")]
public interface IInviteCodeGrain : IGrainWithStringKey
{
    [Alias("claim")]
    Task<bool> Claim(Guid challengeId);

    [Alias("get-challenge-id"), ReadOnly]
    Task<Guid?> GetChallengeId();
}
