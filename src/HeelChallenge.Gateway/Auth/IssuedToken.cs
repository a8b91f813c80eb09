namespace HeelChallenge.Gateway.Auth;

public sealed record IssuedToken(string AccessToken, DateTimeOffset ExpiresAt);
