namespace HeelChallenge.Domain.Challenges;

/// <summary>Status as the API shows it. Only ended and cancelled are stored; "finished" (an active challenge past
/// its endsAt) is derived from the clock, see <see cref="ChallengeState.StatusAt"/>.</summary>
public static class ChallengeStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
    public const string Cancelled = "cancelled";
    public const string Finished = "finished";
}
