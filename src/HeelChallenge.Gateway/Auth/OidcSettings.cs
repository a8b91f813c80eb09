namespace HeelChallenge.Gateway.Auth;

/// <summary>Configuration section "Auth:Oidc": an external OpenID Connect issuer whose access tokens are trusted too.</summary>
public sealed class OidcSettings
{
    public string? Authority { get; set; }

    public string? Audience { get; set; }

    /// <summary>Only for a local test issuer on plain http.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);
}
