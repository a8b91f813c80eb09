using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Auth;

namespace HeelChallenge.Gateway.Me;

/// <summary>The caller's user grain (see <see cref="GrainReferences"/> for why not <c>GetGrain</c>).</summary>
public sealed class UserGrains(IGrainFactory grains)
{
    /// <summary>The grain of the authenticated caller.</summary>
    public IUserGrain Of(ClaimsPrincipal user) => Of(user.UserId());

    public IUserGrain Of(Guid userId) => grains.Reference<IUserGrain>(userId);
}
