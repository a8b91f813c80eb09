using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Coaching;
using HeelChallenge.Domain.Common;
using HeelChallenge.Grains.Challenges;

namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// Draws crypto-random codes until one can be issued to the coach. A stateless worker, so issuing codes occupies no
/// user's grain and scales with the silos. Everything that can refuse is checked before a code is drawn.
/// </summary>
[StatelessWorker]
public sealed class CoachInviteIssuerGrain : Grain, ICoachInviteIssuer
{
    public async Task<CoachInviteResult> Issue(Guid coachId, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > CoachInvites.MaxLifetime)
        {
            return CoachInviteResult.Refused([DomainError.Invalid("lifetime",
                $"An invite lives more than 0 and at most {CoachInvites.MaxLifetime.TotalDays} days.")]);
        }

        if (await GrainFactory.Reference<IUserGrain>(coachId).GetProfile() is null)
            return CoachInviteResult.Refused([DomainError.NotFound("user", "You have no profile yet; sign in again and retry.")]);

        CoachInviteResult? issued = null;
        await InviteCodeDraw.ClaimFirstFree(InviteCodeDraw.NewCode, async code =>
        {
            var result = await GrainFactory.GetGrain<ICoachInviteGrain>(code).Issue(coachId, lifetime);
            if (result.Invite?.CoachId != coachId) return false;
            issued = result;
            return true;
        });
        return issued!;
    }
}
