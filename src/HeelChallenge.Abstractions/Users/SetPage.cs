namespace HeelChallenge.Abstractions.Users;

/// <summary>One page of sets; NextCursor is null on the last page. An invalid cursor yields Error.</summary>
[GenerateSerializer, Immutable, Alias("set-page")]
public sealed record SetPage(
    [property: Id(0)] IReadOnlyList<SetView> Items,
    [property: Id(1)] string? NextCursor,
    [property: Id(2)] string? Error = null);
