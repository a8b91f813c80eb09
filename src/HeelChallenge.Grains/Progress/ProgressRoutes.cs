using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Progress;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Progress;

/// <summary>
/// Routing of the "progress" kind: every event of user-{id} that progress folds goes to that user's
/// <see cref="IProgressGrain"/>; a consent grant or revocation also goes to the coach's <see cref="ICoachRosterGrain"/>.
/// Routing needs no state: the progress grain itself knows its coaches (from the same events) and pushes its row to
/// their rosters.
/// </summary>
public sealed class ProgressRoutes(IGrainFactory grains) : ProjectionRoutes
{
    public const string KindName = ProjectionKinds.Progress;

    // A grain reference per event was an allocation per event (its key bytes and the reference); users repeat.
    // Bounded: past it the cache starts over, which only costs those allocations again.
    private const int MaxCachedUsers = 100_000;
    private readonly Dictionary<Guid, IProjectionReadModel> _progress = [];

    public override string Kind => KindName;

    /// <summary>4: the progress read model's state schema 4 (an older checkpoint rebuilds the kind once).</summary>
    public override int Schema => 4;

    public override bool Reads(string streamId) => ProjectionStreams.IsUser(streamId);

    public override void Route(ProjectedEvent projected, ICollection<IProjectionReadModel> targets)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(targets);
        if (!StreamIds.TryGetUser(projected, out var userId)) return;
        switch (projected.Event)
        {
            case CoachAccessGranted granted:
                targets.Add(Progress(userId));
                targets.Add(grains.Reference<ICoachRosterGrain>(granted.CoachId));
                break;
            case CoachAccessRevoked revoked:
                targets.Add(Progress(userId));
                targets.Add(grains.Reference<ICoachRosterGrain>(revoked.CoachId));
                break;
            case UserRegistered or UserProfileChanged or SetLogged or SetCorrected or SetVoided:
                targets.Add(Progress(userId));
                break;
            default:
                break;
        }
    }

    public override void Reset() => _progress.Clear();

    private IProjectionReadModel Progress(Guid userId)
    {
        if (_progress.TryGetValue(userId, out var progress)) return progress;
        if (_progress.Count >= MaxCachedUsers) _progress.Clear();
        return _progress[userId] = grains.Reference<IProgressGrain>(userId);
    }

    public override void WriteState(BinaryWriter writer) { }

    public override void ReadState(BinaryReader reader) { }
}
