using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>Issues local HS256 access tokens: sub = user id, name = username, role admin for Auth:Admins.</summary>
public sealed class TokenIssuer(SigningKeyStore keys, IOptions<AuthSettings> settings, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public IssuedToken Issue(Guid userId, string username)
    {
        var now = time.GetUtcNow();
        var expires = now + settings.Value.TokenLifetime;
        var claims = new Dictionary<string, object>
        {
            [TokenClaims.Subject] = userId.ToString(),
            [TokenClaims.Name] = username,
            [JwtRegisteredClaimNames.Jti] = Guid.NewGuid().ToString("N"),
        };
        if (settings.Value.Admins.Any(admin => string.Equals(admin.Trim(), username, StringComparison.OrdinalIgnoreCase)))
        {
            claims[TokenClaims.Role] = TokenClaims.AdminRole;
        }

        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenClaims.Issuer,
            Audience = TokenClaims.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(keys.Key, SecurityAlgorithms.HmacSha256),
        });
        return new IssuedToken(token, DateTimeOffset.FromUnixTimeSeconds(expires.ToUnixTimeSeconds()));
    }
}
