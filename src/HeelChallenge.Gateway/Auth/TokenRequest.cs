namespace HeelChallenge.Gateway.Auth;

/// <summary>Body of POST /api/auth/token. Properties are nullable so the handler names a missing field itself.</summary>
public sealed record TokenRequest(string? Username, string? Password);
