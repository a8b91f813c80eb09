namespace HeelChallenge.Domain.Users;

// Commands a user's grain decides on. The user id never travels in a command: it is the grain's key.

[GenerateSerializer, Immutable, Alias("register-user")]
public sealed record RegisterUser(
    [property: Id(0)] string Username,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string TimeZone);

[GenerateSerializer, Immutable, Alias("change-profile")]
public sealed record ChangeProfile([property: Id(0)] string? DisplayName, [property: Id(1)] string? TimeZone);
