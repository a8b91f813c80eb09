namespace HeelChallenge.Gateway.Export;

/// <summary>What a JSON export says before its sets. <see cref="Coaches"/> is null in a coach's export.</summary>
public sealed record ExportHeader(DateTimeOffset ExportedAt, ExportProfile Profile, IReadOnlyList<ExportConsent>? Coaches);
