using HeelChallenge.Domain.Coaching;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>Configuration section "Coaching".</summary>
public sealed class CoachingSettings
{
    public const string Section = "Coaching";

    /// <summary>How long a coach invite code can be redeemed after it was issued (more than 0, at most 90 days).</summary>
    public TimeSpan InviteLifetime { get; set; } = CoachInvites.DefaultLifetime;

    public bool IsValid => InviteLifetime > TimeSpan.Zero && InviteLifetime <= CoachInvites.MaxLifetime;
}
