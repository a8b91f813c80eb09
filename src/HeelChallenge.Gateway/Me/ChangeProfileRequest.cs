namespace HeelChallenge.Gateway.Me;

/// <summary>Body of PATCH /api/me: only the fields present change.</summary>
public sealed record ChangeProfileRequest(string? DisplayName = null, string? TimeZone = null);
