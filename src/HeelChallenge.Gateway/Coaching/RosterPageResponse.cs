namespace HeelChallenge.Gateway.Coaching;

/// <summary>A page of the coach's clients; pass nextCursor back as ?cursor= (with the same sort) for the next page.</summary>
public sealed record RosterPageResponse(IReadOnlyList<RosterRowResponse> Items, string? NextCursor, int Total, int InactiveAfterDays);
