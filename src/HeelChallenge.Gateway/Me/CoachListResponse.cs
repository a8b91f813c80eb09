namespace HeelChallenge.Gateway.Me;

/// <summary>The caller's current coaches, longest-standing first (a client has a handful: not paged).</summary>
public sealed record CoachListResponse(IReadOnlyList<CoachResponse> Items);
