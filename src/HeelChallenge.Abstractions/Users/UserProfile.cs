namespace HeelChallenge.Abstractions.Users;

[GenerateSerializer, Immutable, Alias("user-profile")]
public sealed record UserProfile(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Username,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string TimeZone,
    [property: Id(4)] DateTimeOffset RegisteredAt,
    [property: Id(5)] int SetCount);
