namespace HeelChallenge.Gateway.Auth;

/// <summary>Names in our tokens. The JwtBearer handler keeps JWT claim names as they are (MapInboundClaims = false).</summary>
public static class TokenClaims
{
    public const string Issuer = "heelchallenge";
    public const string Audience = "heelchallenge";

    /// <summary>The user id (a GUID), for local and external users alike.</summary>
    public const string Subject = "sub";
    public const string Name = "name";
    public const string Role = "role";
    public const string AdminRole = "admin";

    /// <summary>Set on external users: the issuer that vouched for them.</summary>
    public const string ExternalIssuer = "ext_iss";

    public const string LocalScheme = "Bearer";
    public const string ExternalScheme = "Oidc";
    public const string SelectorScheme = "BearerOrOidc";
}
