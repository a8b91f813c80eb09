namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>A page of challenges; pass nextCursor back as ?cursor= for the next page (null on the last page).</summary>
public sealed record ChallengeSummaryPageResponse(IReadOnlyList<ChallengeSummaryResponse> Items, string? NextCursor);
