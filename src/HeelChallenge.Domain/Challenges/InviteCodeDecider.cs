using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Challenges;

/// <summary>A code is claimed once, by one challenge; the same challenge claiming it again is a retry.</summary>
public static class InviteCodeDecider
{
    public static Decision<InviteCodeEvent> Claim(InviteCodeState state, string code, Guid challengeId, DateTimeOffset now)
    {
        if (state.ChallengeId is { } owner)
        {
            return owner == challengeId
                ? Decision<InviteCodeEvent>.Nothing()
                : Decision<InviteCodeEvent>.Refuse(DomainError.Conflict("inviteCode", "This invite code belongs to another challenge."));
        }

        return InviteCodes.IsWellFormed(code)
            ? Decision<InviteCodeEvent>.Raise(new InviteCodeClaimed(code, challengeId, now))
            : Decision<InviteCodeEvent>.Refuse(DomainError.Invalid("inviteCode", $"An invite code is {InviteCodes.Length} characters of {InviteCodes.Alphabet}."));
    }
}
