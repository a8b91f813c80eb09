namespace HeelChallenge.Domain.Accounts;

/// <summary>Open an account: the gateway hashes the password and picks the new user id before calling the grain.</summary>
[GenerateSerializer, Immutable, Alias("open-account")]
public sealed record OpenAccount(
    [property: Id(0)] string Username,
    [property: Id(1)] Guid UserId,
    [property: Id(2)] string PasswordHash,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] string TimeZone);
