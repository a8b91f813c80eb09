using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Abstractions.Coaching;

/// <summary>
/// One coach's clients (key = coach id), a read model of the "progress" projection: consent grants and revocations
/// arrive from the clients' streams through the projector; each client's row data is pushed by the client's
/// <see cref="Progress.IProgressGrain"/> whenever it changes (and pulled when a client arrives or the roster
/// activates). It answers without checking who asks: only the coach's own id is ever used as its key.
/// </summary>
[Alias("coach-roster")]
public interface ICoachRosterGrain : IProjectionReadModel, IGrainWithGuidKey
{
    [Alias("get-clients"), ReadOnly]
    Task<RosterPage> GetClients(RosterQuery query);

    /// <summary>A client's newer row data; older or equal positions are ignored.</summary>
    /// <remarks>
    /// Interleaves: a progress grain pushes this from inside its delivery while the roster, inside its own delivery of
    /// the same grant, may be asking that progress grain for its row — without interleaving each waited for the other
    /// (seen as 30 s timeouts and a stuck rebuild). Safe: it only stores a row whose position is newer.
    /// </remarks>
    [Alias("update-client"), AlwaysInterleave]
    Task UpdateClient(RosterEntry entry);

    /// <summary>
    /// The client's grain has just stored a revocation of the consent opened with <paramref name="inviteCode"/>: the
    /// client leaves the roster at once, before the projector brings the event (which then changes nothing).
    /// </summary>
    [Alias("client-revoked")]
    Task ClientRevoked(Guid clientId, string inviteCode);
}
