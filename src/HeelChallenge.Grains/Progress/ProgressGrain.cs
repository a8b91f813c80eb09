using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Progress;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Progress;

/// <summary>
/// One user's progress (key = user id), fed by the "progress" projector with the events of the user's stream. After
/// each delivery it pushes its roster entry (name + clock-free summary) to each current coach whose roster has not got
/// this content yet; the summary is only computed for users who have a coach.
/// </summary>
public sealed class ProgressGrain(ReadModelServices services, ExerciseCatalog catalog)
    : ReadModelGrain(services), IProgressGrain
{
    private readonly Dictionary<Guid, RosterEntry> _pushed = [];
    private ProgressModel _model = new();
    private RosterEntry? _entry;

    protected override string SnapshotKey => ProjectionKeys.ReadModel(ProgressRoutes.KindName, "user", this.GetPrimaryKey().ToString("N"));

    /// <summary>
    /// 2: TrackedSet became a struct; 3: written by <see cref="ProgressModelCodec"/> (days regrouped on reading);
    /// 4: sets written by <see cref="SetWriter"/>.
    /// </summary>
    protected override int StateSchema => 4;

    public Task<ProgressReport?> GetReport(int days, int inactiveAfterDays) => Task.FromResult(
        _model.State.IsRegistered ? ProgressReporter.Report(_model.State, catalog, Services.Time.GetUtcNow(), days, inactiveAfterDays) : null);

    public Task<RosterEntry?> GetRosterEntry() => Task.FromResult(Entry());

    protected override ValueTask ApplyAsync(ProjectedEvent projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        if (projected.Event is not UserEvent e) return ValueTask.CompletedTask;
        switch (e)
        {
            case UserRegistered registered when !_model.State.IsRegistered:
                _model.DisplayName = registered.DisplayName;
                break;
            case UserProfileChanged changed:
                _model.DisplayName = changed.DisplayName;
                break;
            case CoachAccessGranted granted:
                _model.Coaches.Add(granted.CoachId);
                break;
            case CoachAccessRevoked revoked:
                _model.Coaches.Remove(revoked.CoachId);
                break;
            default:
                break;
        }

        _model.State.Apply(e);
        _entry = null;
        return ValueTask.CompletedTask;
    }

    /// <summary>Pushes the entry to the coaches that lack it; a failed push fails the delivery, so it is retried.</summary>
    protected override async ValueTask OnDeliveredAsync()
    {
        // Most users have no coach: this runs after every delivery, so it allocates nothing for them.
        if (_pushed.Count > 0)
        {
            foreach (var gone in _pushed.Keys.Where(c => !_model.Coaches.Contains(c)).ToArray()) _pushed.Remove(gone);
        }

        if (_model.Coaches.Count == 0 || Entry() is not { } entry) return;

        var stale = _model.Coaches.Where(c => !_pushed.TryGetValue(c, out var sent) || !SameContent(sent, entry)).ToArray();
        await Task.WhenAll(stale.Select(c => GrainFactory.Reference<ICoachRosterGrain>(c).UpdateClient(entry)));
        foreach (var coach in stale) _pushed[coach] = entry;
    }

    protected override void ResetState()
    {
        _model = new ProgressModel();
        _entry = null;
        _pushed.Clear();
    }

    protected override void WriteState(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ProgressModelCodec.Write(writer, _model);
    }

    protected override void ReadState(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _model = ProgressModelCodec.Read(reader);
        _entry = null;
    }

    private RosterEntry? Entry() =>
        _entry ??= _model.State.IsRegistered
            ? new RosterEntry(this.GetPrimaryKey(), _model.DisplayName, ProgressSummary.Of(_model.State, catalog), AppliedPosition)
            : null;

    private static bool SameContent(RosterEntry a, RosterEntry b) => a.DisplayName == b.DisplayName && a.Summary.Equals(b.Summary);
}
