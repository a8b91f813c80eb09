using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// Validates our own tokens once and remembers the identity until the token expires. Clients send the same token for
/// hours; parsing it and checking the HMAC on every request costs about as much as the rest of a request. The key is
/// the whole token (signature included), looked up by the header's characters so a remembered token costs no string;
/// a changed token is always validated in full. There is no revocation to honour, so a remembered answer is the
/// answer validation gives.
/// </summary>
/// <remarks>
/// Remembered identities are shared by every request with that token: nothing in the gateway adds claims to an
/// identity (no claims transformation is registered), and each request gets its own principal around it.
/// </remarks>
public sealed class LocalTokenValidator
{
    public const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Entry> _valid = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry>.AlternateLookup<ReadOnlySpan<char>> _validByChars;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly Lazy<TokenValidationParameters> _parameters;
    private readonly TimeProvider _time;

    public LocalTokenValidator(SigningKeyStore keys, TimeProvider time)
        : this(() => keys.Key, time)
    {
    }

    private LocalTokenValidator(Func<SecurityKey> key, TimeProvider time)
    {
        _validByChars = _valid.GetAlternateLookup<ReadOnlySpan<char>>();
        _parameters = new(() => AuthSetup.LocalTokenValidation(key()));
        _time = time;
    }

    /// <summary>A validator for tokens signed with <paramref name="key"/> (tests, tools).</summary>
    public static LocalTokenValidator ForKey(SecurityKey key, TimeProvider time) => new(() => key, time);

    /// <summary>The identity of a token validated before and not expired since.</summary>
    public bool TryGetRemembered(ReadOnlySpan<char> token, [NotNullWhen(true)] out ClaimsIdentity? identity)
    {
        if (_validByChars.TryGetValue(token, out var entry))
        {
            if (entry.ValidTo > _time.GetUtcNow().UtcDateTime)
            {
                identity = entry.Identity;
                return true;
            }

            _validByChars.TryRemove(token, out _);
        }

        identity = null;
        return false;
    }

    /// <summary>Full validation (signature, issuer, audience, lifetime, a user id as subject); valid answers are remembered.</summary>
    public async Task<LocalTokenValidation> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, _parameters.Value);
        if (!result.IsValid || result.ClaimsIdentity is not { } identity)
        {
            return new(null, result.Exception ?? new SecurityTokenValidationException("The token is not valid."));
        }

        // A token signed with our key but without a user id cannot come from us unless the key leaked.
        if (!new ClaimsPrincipal(identity).TryGetUserId(out _))
        {
            return new(null, new SecurityTokenValidationException("The token has no user id."));
        }

        var validTo = result.SecurityToken.ValidTo;
        if (validTo > _time.GetUtcNow().UtcDateTime)
        {
            // Bounded without bookkeeping: when full, start over (the next requests simply validate again).
            if (_valid.Count >= MaxEntries) _valid.Clear();
            _valid[token] = new Entry(identity, validTo);
        }

        return new(identity, null);
    }

    private sealed record Entry(ClaimsIdentity Identity, DateTime ValidTo);
}

/// <summary>Either the token's identity or why it was refused.</summary>
public readonly record struct LocalTokenValidation(ClaimsIdentity? Identity, Exception? Failure);
