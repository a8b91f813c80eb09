using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// Bearer authentication: our own HS256 tokens always; tokens of an external OIDC issuer too when Auth:Oidc:Authority
/// is set, picked by the token's "iss". Every endpoint requires an authenticated user unless it allows anonymous.
/// </summary>
public static class AuthSetup
{
    public static IServiceCollection AddGatewayAuth(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthSettings>().BindConfiguration(AuthSettings.Section);
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<PasswordHashing>();

        var oidc = configuration.GetSection(AuthSettings.Section).Get<AuthSettings>()?.Oidc ?? new OidcSettings();
        services.AddSingleton<LocalTokenValidator>();
        var authentication = services.AddAuthentication(oidc.IsConfigured ? TokenClaims.SelectorScheme : TokenClaims.LocalScheme)
            .AddScheme<AuthenticationSchemeOptions, LocalTokenHandler>(TokenClaims.LocalScheme, displayName: "Bearer token of this service", configureOptions: null);

        if (oidc.IsConfigured)
        {
            services.AddSingleton<ExternalUsers>();
            authentication.AddJwtBearer(TokenClaims.ExternalScheme, options =>
            {
                options.Authority = oidc.Authority;
                options.Audience = oidc.Audience;
                options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
                options.MapInboundClaims = false;
                options.Events = new JwtBearerEvents { OnChallenge = BearerEvents.WriteProblem };
            });
            services.AddOptions<JwtBearerOptions>(TokenClaims.ExternalScheme)
                .Configure<ExternalUsers>((options, users) => options.Events.OnTokenValidated = users.OnTokenValidated);
            authentication.AddPolicyScheme(TokenClaims.SelectorScheme, "Local or external bearer token", options =>
                options.ForwardDefaultSelector = context => IsExternal(context, oidc.Authority!) ? TokenClaims.ExternalScheme : TokenClaims.LocalScheme);
        }

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return services;
    }

    public static TokenValidationParameters LocalTokenValidation(SecurityKey key) => new()
    {
        ValidIssuer = TokenClaims.Issuer,
        ValidAudience = TokenClaims.Audience,
        IssuerSigningKey = key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ClockSkew = TimeSpan.FromSeconds(30),
        NameClaimType = TokenClaims.Name,
        RoleClaimType = TokenClaims.Role,
    };

    /// <summary>Reads "iss" without validating: it only chooses which scheme validates the token.</summary>
    private static bool IsExternal(HttpContext context, string authority)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var token = header["Bearer ".Length..].Trim();
        var handler = new JsonWebTokenHandler();
        if (!handler.CanReadToken(token))
        {
            return false;
        }

        var issuer = handler.ReadJsonWebToken(token).Issuer;
        return string.Equals(issuer.TrimEnd('/'), authority.TrimEnd('/'), StringComparison.Ordinal);
    }
}
