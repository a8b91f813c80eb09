using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Progress;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Progress;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.Logging;

namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// One coach's roster (key = coach id), a read model of the "progress" projection. Consent comes through the projector
/// (exactly once, checkpointed); each client's row data is pushed by their <see cref="ProgressGrain"/> (also when it
/// applies the grant) and pulled for every client when the roster activates (row data that arrived after the last
/// snapshot, e.g. before a crash, is not lost: the progress grains are its source). Rows survive a rebuild's reset: a
/// push can arrive just before the roster's first delivery of the new generation.
/// </summary>
public sealed partial class CoachRosterGrain(ReadModelServices services, ExerciseCatalog catalog, ILogger<CoachRosterGrain> logger)
    : ReadModelGrain(services), ICoachRosterGrain
{
    private RosterState _state = new();

    private Guid CoachId => this.GetPrimaryKey();

    protected override string SnapshotKey => ProjectionKeys.ReadModel(ProgressRoutes.KindName, "coach", CoachId.ToString("N"));

    protected override int StateSchema => 1;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        // In the background: the roster answers from its snapshot meanwhile, and each pulled entry only replaces an older one.
        _ = RefreshAsync(_state.CurrentClients.ToArray());
    }

    public Task<RosterPage> GetClients(RosterQuery query) => Task.FromResult(_state.Page(query, Services.Time.GetUtcNow(), catalog));

    public Task UpdateClient(RosterEntry entry)
    {
        _state.Update(entry);
        return Task.CompletedTask;
    }

    public Task ClientRevoked(Guid clientId, string inviteCode)
    {
        _state.RevokedNow(clientId, inviteCode);
        return Task.CompletedTask;
    }

    protected override async ValueTask ApplyAsync(ProjectedEvent projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        if (!StreamIds.TryGetUser(projected, out var clientId)) return;
        switch (projected.Event)
        {
            case CoachAccessGranted granted when granted.CoachId == CoachId:
                // The client's row comes from their progress grain, which pushes it when it applies this same grant. Not
                // pulled here: a roster asking a progress grain from inside its delivery while that grain pushes to the
                // roster from inside its own hung an offline rebuild (silo-wide, in Orleans' local message delivery).
                _state.Grant(clientId, granted.GrantedAt, granted.InviteCode, projected.Position);
                break;
            case CoachAccessRevoked revoked when revoked.CoachId == CoachId:
                _state.Revoke(clientId, projected.Position);
                break;
            default:
                break;
        }
    }

    protected override void ResetState() => _state = _state.Restarted();

    protected override void ReadState(BinaryReader reader) => _state.Read(reader);

    protected override void WriteState(BinaryWriter writer) => _state.Write(writer);

    private async Task RefreshAsync(IReadOnlyList<Guid> clients)
    {
        try
        {
            var entries = await Task.WhenAll(clients.Select(c => GrainFactory.Reference<IProgressGrain>(c).GetRosterEntry()));
            foreach (var entry in entries)
            {
                if (entry is not null) _state.Update(entry);
            }
        }
        catch (Exception e)
        {
            // Pushes keep coming as clients log sets; the next activation refreshes again.
            LogRefreshFailed(logger, e, CoachId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Roster of coach {CoachId} could not refresh its clients' rows.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, Guid coachId);
}
