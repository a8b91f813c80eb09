namespace HeelChallenge.Domain.Accounts;

// The persisted schema of stream account-{normalised username}.

public abstract record AccountEvent(DateTimeOffset At);

/// <summary>The password hash is an ASP.NET Core Identity PBKDF2 hash; the password itself is never stored.
/// The initial profile rides along so the user's own stream can always be (re)created from the account.</summary>
[GenerateSerializer, Immutable, Alias("account-registered.v1")]
public sealed record AccountRegistered(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Username,
    [property: Id(2)] string PasswordHash,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] string TimeZone,
    [property: Id(5)] DateTimeOffset RegisteredAt) : AccountEvent(RegisteredAt);

[GenerateSerializer, Immutable, Alias("account-password-changed.v1")]
public sealed record AccountPasswordChanged(
    [property: Id(0)] string PasswordHash,
    [property: Id(1)] DateTimeOffset ChangedAt) : AccountEvent(ChangedAt);
