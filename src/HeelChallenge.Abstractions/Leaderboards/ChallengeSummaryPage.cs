namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>A page of a list; NextCursor is null on the last page. Error is set (and Items empty) for a bad cursor.</summary>
[GenerateSerializer, Immutable, Alias("challenge-summary-page")]
public sealed record ChallengeSummaryPage(
    [property: Id(0)] IReadOnlyList<ChallengeSummary> Items,
    [property: Id(1)] string? NextCursor,
    [property: Id(2)] string? Error = null);
