namespace HeelChallenge.Gateway.Coaching;

/// <summary>A fresh coach invite: hand the code to one client before it expires.</summary>
public sealed record CoachInviteResponse(string Code, DateTimeOffset ExpiresAt);
