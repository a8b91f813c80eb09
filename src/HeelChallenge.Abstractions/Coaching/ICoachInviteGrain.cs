namespace HeelChallenge.Abstractions.Coaching;

/// <summary>
/// One coach invite code (key: the normalised code; stream coach-invite-{code}). Issued once to one coach, redeemed
/// at most once by one client before it expires. Clients redeem through <see cref="Users.IUserGrain.AcceptCoachInvite"/>.
/// </summary>
[Alias("coach-invite")]
public interface ICoachInviteGrain : IGrainWithStringKey
{
    /// <summary>Refused with a conflict when the code already belongs to another coach (draw another).</summary>
    [Alias("issue")]
    Task<CoachInviteResult> Issue(Guid coachId, TimeSpan lifetime);

    [Alias("redeem")]
    Task<CoachInviteResult> Redeem(Guid clientId);

    /// <summary>Null when no coach was issued this code.</summary>
    [Alias("get"), ReadOnly]
    Task<CoachInviteView?> Get();
}
