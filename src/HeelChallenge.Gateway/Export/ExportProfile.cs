using System.Text.Json.Serialization;

namespace HeelChallenge.Gateway.Export;

/// <summary>The profile at the top of a JSON export; a coach's export leaves out the username (the client's login).</summary>
public sealed record ExportProfile(
    Guid UserId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Username,
    string DisplayName,
    string TimeZone,
    DateTimeOffset RegisteredAt);
