namespace HeelChallenge.Gateway.Accounts;

/// <summary>Body of POST /api/accounts. Properties are nullable so the handler names a missing field itself.</summary>
public sealed record CreateAccountRequest(string? Username, string? Password, string? DisplayName, string? TimeZone);
