namespace HeelChallenge.Gateway.Me;

/// <summary>A coach whose consent is current: who, and since when they can see the caller's progress.</summary>
public sealed record CoachResponse(Guid CoachId, string DisplayName, DateTimeOffset Since);
