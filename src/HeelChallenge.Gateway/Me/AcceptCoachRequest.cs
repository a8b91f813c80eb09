namespace HeelChallenge.Gateway.Me;

/// <summary>Body of POST /api/me/coaches: the coach's invite code (case-insensitive; '-' and spaces ignored).</summary>
public sealed record AcceptCoachRequest(string? Code);
