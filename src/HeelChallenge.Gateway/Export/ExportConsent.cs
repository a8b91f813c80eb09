namespace HeelChallenge.Gateway.Export;

/// <summary>One consent period in the user's own export: which coach, since when, until when (null: still current).</summary>
public sealed record ExportConsent(Guid CoachId, string? DisplayName, DateTimeOffset GrantedAt, DateTimeOffset? RevokedAt);
