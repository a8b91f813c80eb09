using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// The bearer scheme of our own tokens. Replaces the general JwtBearer handler on this path because that handler
/// clones its validation parameters, copies the token out of the header and clones the identity on every request —
/// the largest share of what an authenticated request allocated (tests/HeelChallenge.Benchmarks/README.md).
/// Challenges answer exactly as the external scheme does (<see cref="BearerChallenge"/>).
/// </summary>
public sealed class LocalTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LocalTokenValidator validator)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count > 1)
        {
            return AuthenticateResult.Fail(new SecurityTokenMalformedException("More than one Authorization header."));
        }

        if (header.Count == 0 || header[0] is not { } value || !value.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var token = value.AsSpan(Prefix.Length).Trim();
        if (token.IsEmpty)
        {
            return AuthenticateResult.NoResult();
        }

        if (validator.TryGetRemembered(token, out var identity))
        {
            return Success(identity);
        }

        var validation = await validator.ValidateAsync(token.ToString());
        return validation.Identity is { } validated ? Success(validated) : AuthenticateResult.Fail(validation.Failure!);
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync();
        await BearerChallenge.WriteAsync(Context, result.Failure);
    }

    private AuthenticateResult Success(ClaimsIdentity identity) =>
        AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
}
