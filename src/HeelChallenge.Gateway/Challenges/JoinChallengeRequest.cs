namespace HeelChallenge.Gateway.Challenges;

/// <summary>Body of POST /api/challenges/join. The code is case-insensitive and may contain '-' or spaces.</summary>
public sealed record JoinChallengeRequest(string? InviteCode);
