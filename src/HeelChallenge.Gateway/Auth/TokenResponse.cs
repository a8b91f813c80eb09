namespace HeelChallenge.Gateway.Auth;

public sealed record TokenResponse(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, Guid UserId);
