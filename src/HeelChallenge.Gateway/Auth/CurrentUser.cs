using System.Security.Claims;

namespace HeelChallenge.Gateway.Auth;

/// <summary>The caller's user id, always taken from the validated token, never from a body or route.</summary>
public static class CurrentUser
{
    public static bool TryGetUserId(this ClaimsPrincipal user, out Guid userId)
    {
        userId = Guid.Empty;
        return user.Identity?.IsAuthenticated == true
            && Guid.TryParse(user.FindFirst(TokenClaims.Subject)?.Value, out userId)
            && userId != Guid.Empty;
    }

    /// <summary>Authentication refuses tokens without a GUID subject, so inside an authorized endpoint this holds.</summary>
    public static Guid UserId(this ClaimsPrincipal user) =>
        user.TryGetUserId(out var id) ? id : throw new InvalidOperationException("The authenticated user has no user id.");
}
