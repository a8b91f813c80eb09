namespace HeelChallenge.Domain.Challenges;

/// <summary>Status as the API shows it. "Finished" (past endsAt) is derived from the clock, not stored.</summary>
public static class ChallengeStatus
{
    public const string Active = "active";
    public const string Ended = "ended";
    public const string Cancelled = "cancelled";
}
