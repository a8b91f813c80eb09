using HeelChallenge.Abstractions.Users;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>
/// The consent check of every coach read, asked of the client's own grain (the client owns the consent): a read of a
/// client whose consent is not current — never given, revoked, or no such user at all — gets the same 404.
/// </summary>
public static class ClientAccess
{
    public static async Task<bool> IsCurrent(IGrainFactory grains, Guid coachId, Guid clientId) =>
        coachId != clientId && await grains.Reference<IUserGrain>(clientId).GetCoachAccess(coachId) is not null;

    public static ProblemHttpResult NotFound() =>
        ApiProblems.NotFound("userId", "There is no such client, or they have not given you access.");
}
