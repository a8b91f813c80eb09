namespace HeelChallenge.Abstractions.Users;

/// <summary>A page of history, newest performedAt first. From is inclusive, To exclusive; Cursor is opaque.</summary>
[GenerateSerializer, Immutable, Alias("set-query")]
public sealed record SetQuery(
    [property: Id(0)] DateTimeOffset? From,
    [property: Id(1)] DateTimeOffset? To,
    [property: Id(2)] string? Cursor,
    [property: Id(3)] int Limit,
    [property: Id(4)] bool IncludeVoided = false);
