using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// Validates our own tokens once and remembers the result until the token expires. Clients send the same token for
/// hours; parsing it and checking the HMAC on every request costs about as much as the rest of a request. The key is
/// the whole token string (signature included), so a changed token is always validated in full; each request gets
/// its own copy of the identity. There is no revocation to honour, so a cached answer is the answer validation gives.
/// </summary>
public sealed class CachingTokenHandler(TimeProvider time) : JsonWebTokenHandler
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _valid = new(StringComparer.Ordinal);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (_valid.TryGetValue(token, out var cached))
        {
            if (cached.ValidTo > now)
            {
                return new TokenValidationResult
                {
                    IsValid = true,
                    ClaimsIdentity = cached.Identity.Clone(),
                    SecurityToken = cached.Token,
                    Issuer = cached.Token.Issuer,
                    TokenType = cached.TokenType,
                };
            }

            _valid.TryRemove(token, out _);
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken && securityToken.ValidTo > now && result.ClaimsIdentity is { } identity)
        {
            // Bounded without bookkeeping: when full, start over (the next requests simply validate again).
            if (_valid.Count >= MaxEntries) _valid.Clear();
            _valid[token] = new Entry(identity.Clone(), securityToken, result.TokenType, securityToken.ValidTo);
        }

        return result;
    }

    private sealed record Entry(ClaimsIdentity Identity, SecurityToken Token, string? TokenType, DateTime ValidTo);
}
