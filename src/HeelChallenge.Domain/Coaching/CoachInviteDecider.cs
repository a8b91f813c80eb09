using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Coaching;

/// <summary>Issue a code to a coach (once), redeem it for a client (once, before it expires).</summary>
public static class CoachInviteDecider
{
    /// <summary>The same coach issuing the same code again is a retry; another coach gets a conflict and draws anew.</summary>
    public static Decision<CoachInviteEvent> Issue(CoachInviteState state, string code, Guid coachId, TimeSpan lifetime, DateTimeOffset now)
    {
        if (state.CoachId is { } owner)
        {
            return owner == coachId
                ? Decision<CoachInviteEvent>.Nothing()
                : Decision<CoachInviteEvent>.Refuse(DomainError.Conflict("code", "This code was issued to another coach."));
        }

        if (!InviteCodes.IsWellFormed(code))
            return Decision<CoachInviteEvent>.Refuse(DomainError.Invalid("code", $"An invite code is {InviteCodes.Length} characters of {InviteCodes.Alphabet}."));
        if (lifetime <= TimeSpan.Zero || lifetime > CoachInvites.MaxLifetime)
            return Decision<CoachInviteEvent>.Refuse(DomainError.Invalid("lifetime", $"An invite lives more than 0 and at most {CoachInvites.MaxLifetime.TotalDays} days."));
        return Decision<CoachInviteEvent>.Raise(new CoachInviteIssued(code, coachId, now, now + lifetime));
    }

    /// <summary>
    /// In this order: unknown code → 404; already redeemed by this client → nothing (a retry, even after expiry, so the
    /// two-step accept can always finish); the coach's own code → 400 (and the code stays usable); redeemed by another
    /// client → 409; expired (now ≥ expiresAt) → 410.
    /// </summary>
    public static Decision<CoachInviteEvent> Redeem(CoachInviteState state, Guid clientId, DateTimeOffset now)
    {
        if (state.CoachId is not { } coachId)
            return Decision<CoachInviteEvent>.Refuse(DomainError.NotFound("code", "No coach invite has this code."));
        if (state.RedeemedBy == clientId) return Decision<CoachInviteEvent>.Nothing();
        if (clientId == coachId) return Decision<CoachInviteEvent>.Refuse(UserDecider.SelfCoaching);
        if (state.RedeemedBy is not null)
            return Decision<CoachInviteEvent>.Refuse(DomainError.Conflict("code", "This invite code was already used by someone else; ask your coach for a new one."));
        if (now >= state.ExpiresAt)
        {
            return Decision<CoachInviteEvent>.Refuse(DomainError.Gone("code",
                $"This invite code expired at {state.ExpiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC; ask your coach for a new one."));
        }

        return Decision<CoachInviteEvent>.Raise(new CoachInviteRedeemed(state.Code, clientId, now));
    }
}
