namespace HeelChallenge.Domain.Coaching;

/// <summary>
/// Coach invite codes have the shape of challenge invite codes (<see cref="Challenges.InviteCodes"/>: 8 characters,
/// no look-alikes) but live in their own streams, so a coach code never joins a challenge and vice versa.
/// </summary>
public static class CoachInvites
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(7);

    /// <summary>A code is a secret handed over by hand; one that stays valid for months is one that leaks.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(90);
}
