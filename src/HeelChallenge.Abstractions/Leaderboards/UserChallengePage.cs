namespace HeelChallenge.Abstractions.Leaderboards;

[GenerateSerializer, Immutable, Alias("user-challenge-page")]
public sealed record UserChallengePage(
    [property: Id(0)] IReadOnlyList<UserChallenge> Items,
    [property: Id(1)] string? NextCursor,
    [property: Id(2)] string? Error = null);
