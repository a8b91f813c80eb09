using System.Collections.Concurrent;
using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Auth;

namespace HeelChallenge.Gateway.Me;

/// <summary>
/// References to users' grains, kept per user. Orleans' <c>GetGrain</c> resolves the interface's grain type by
/// reading its custom attributes on every call: 5.7% of the CPU of an ingest request and 1.4% of its allocated
/// bytes in a profile. A grain reference is immutable and thread-safe, so one per user serves every request.
/// </summary>
public sealed class UserGrains(IGrainFactory grains)
{
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<Guid, IUserGrain> _references = new();

    /// <summary>The grain of the authenticated caller.</summary>
    public IUserGrain Of(ClaimsPrincipal user) => Of(user.UserId());

    public IUserGrain Of(Guid userId)
    {
        if (_references.TryGetValue(userId, out var grain)) return grain;

        // Bounded without bookkeeping: when full, start over (the next requests simply ask Orleans again).
        if (_references.Count >= MaxEntries) _references.Clear();
        return _references.GetOrAdd(userId, grains.GetGrain<IUserGrain>(userId));
    }
}
