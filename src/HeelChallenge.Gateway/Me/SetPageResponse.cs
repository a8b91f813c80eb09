namespace HeelChallenge.Gateway.Me;

/// <summary>A page of history; pass nextCursor back as ?cursor= for the next page (null on the last page).</summary>
public sealed record SetPageResponse(IReadOnlyList<SetResponse> Items, string? NextCursor);
