using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

/// <summary>
/// A host that also trusts an external OIDC issuer. The issuer's discovery document is given to the real JwtBearer
/// handler up front (there is no identity provider to fetch it from); everything else is the production path.
/// </summary>
public sealed class OidcFactory : GatewayFactory
{
    public const string Authority = "https://id.example.test";
    public const string Audience = "heelchallenge-api";
    public static readonly SymmetricSecurityKey IssuerKey = new(Enumerable.Range(0, 64).Select(i => (byte)(255 - i)).ToArray());

    protected override IEnumerable<(string Key, string Value)> Settings() =>
    [
        ("RateLimits:Enabled", "false"),
        ("Auth:Oidc:Authority", Authority),
        ("Auth:Oidc:Audience", Audience),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Configure<JwtBearerOptions>("Oidc", options =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = Authority };
            configuration.SigningKeys.Add(IssuerKey);
            options.Configuration = configuration;
        }));
    }
}
