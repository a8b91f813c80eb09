namespace HeelChallenge.Gateway.Auth;

/// <summary>Configuration section "Auth".</summary>
public sealed class AuthSettings
{
    public const string Section = "Auth";

    /// <summary>Base64 HMAC key of at least 32 bytes. Absent: a key generated on first run, kept in the data folder.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Usernames that get the "admin" role in their tokens.</summary>
    public IList<string> Admins { get; } = [];

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    public OidcSettings Oidc { get; set; } = new();
}
