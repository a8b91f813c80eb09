namespace HeelChallenge.Gateway.Coaching;

/// <summary>Body of PUT /api/coach/settings.</summary>
public sealed record CoachSettingsRequest(int? InactiveAfterDays);
