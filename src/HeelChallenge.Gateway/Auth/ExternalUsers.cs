using System.Collections.Concurrent;
using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Logging;

namespace HeelChallenge.Gateway.Auth;

/// <summary>
/// Users vouched for by an external OIDC issuer. Their user id is a name-based UUID of issuer and subject, so it is
/// stable across logins and cannot collide with another issuer's user; their profile is created on first use.
/// </summary>
public sealed class ExternalUsers(IGrainFactory grains, ILogger<ExternalUsers> logger)
{
    /// <summary>Namespace of the name-based user ids of external users; never change it.</summary>
    public static readonly Guid Namespace = new("3f0c1a52-8d2e-4b8e-9a57-6f1d2c4b7e90");

    private readonly ConcurrentDictionary<Guid, bool> _registered = new();

    public static Guid UserIdOf(string issuer, string subject) => NameBasedGuid.Create(Namespace, issuer, "\n", subject);

    /// <summary>Replaces the external principal by one of ours (sub = our user id) and registers the user once.</summary>
    public async Task OnTokenValidated(TokenValidatedContext context)
    {
        var external = context.Principal;
        var issuer = external?.FindFirst("iss")?.Value;
        var subject = external?.FindFirst("sub")?.Value;
        if (external is null || string.IsNullOrEmpty(issuer) || string.IsNullOrEmpty(subject))
        {
            context.Fail("The external token has no issuer or subject.");
            return;
        }

        var userId = UserIdOf(issuer, subject);
        var username = external.FindFirst("preferred_username")?.Value ?? external.FindFirst("email")?.Value ?? subject;
        var displayName = external.FindFirst("name")?.Value ?? username;
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(TokenClaims.Subject, userId.ToString()),
                new Claim(TokenClaims.Name, username),
                new Claim(TokenClaims.ExternalIssuer, issuer),
            ],
            context.Scheme.Name, TokenClaims.Name, TokenClaims.Role));

        if (!_registered.ContainsKey(userId))
        {
            await RegisterAsync(userId, username, displayName, external.FindFirst("zoneinfo")?.Value);
        }
    }

    private async Task RegisterAsync(Guid userId, string username, string displayName, string? zoneInfo)
    {
        var name = displayName.Trim() is { Length: > 0 } trimmed ? trimmed : username;
        var command = new RegisterUser(
            username,
            name.Length > UserDecider.MaxDisplayNameLength ? name[..UserDecider.MaxDisplayNameLength] : name,
            TimeZones.IsValid(zoneInfo) ? zoneInfo! : "UTC");
        var result = await grains.Reference<IUserGrain>(userId).Register(command);
        // Already registered (even under another username) is fine: the profile exists.
        if (result.IsAccepted || result.Errors.All(e => e.Kind == ErrorKind.Conflict))
        {
            _registered[userId] = true;
        }
        else
        {
            logger.LogWarning("Could not register external user {UserId}: {Errors}", userId, string.Join("; ", result.Errors.Select(e => e.Detail)));
        }
    }
}
