namespace HeelChallenge.Gateway.Coaching;

/// <summary>How the coach's roster flags clients: inactive after this many days without a set.</summary>
public sealed record CoachSettingsResponse(int InactiveAfterDays);
