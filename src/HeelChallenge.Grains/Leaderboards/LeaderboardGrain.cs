using System.Runtime.CompilerServices;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>
/// One challenge's leaderboard (key = challenge id), fed by the "leaderboards" projector: the challenge's own events
/// and the set events of its current participants. When a participant joins at position P it reads their stream and
/// folds their sets as they stood before P (sets logged before joining count; a rejoin scores everything again);
/// later sets arrive routed. So the board is a deterministic function of the log, and a rebuild equals the live board.
/// </summary>
public sealed class LeaderboardGrain(ReadModelServices services, ExerciseCatalog catalog, ProjectionEventDecoder decoder)
    : ReadModelGrain(services), ILeaderboardGrain
{
    public const int MaxTop = 10_000;

    private LeaderboardState _state = new(catalog);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _announcedVersion = -1;

    private Guid ChallengeId => this.GetPrimaryKey();

    protected override string SnapshotKey => ProjectionKeys.ReadModel(LeaderboardRoutes.KindName, "challenge", ChallengeId.ToString("N"));

    /// <summary>2: sets written by <see cref="SetWriter"/>.</summary>
    protected override int StateSchema => 2;

    public Task<LeaderboardView> GetBoard(LeaderboardQuery query) => Task.FromResult(Bounded(query));

    public Task<LeaderboardView?> GetBoardFor(LeaderboardQuery query, Guid callerId) =>
        Task.FromResult(_state.IsVisibleTo(callerId) ? Bounded(query) : null);

    public async IAsyncEnumerable<LeaderboardNotice> WatchAsync(long afterVersion, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var last = afterVersion;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var version = _state.Version;
            if (version != last)
            {
                last = version;
                yield return new LeaderboardNotice(ChallengeId, version);
                continue;
            }

            await _changed.Task.WaitAsync(cancellationToken);
        }
    }

    private LeaderboardView Bounded(LeaderboardQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var bounded = query with { Top = Math.Clamp(query.Top, 0, MaxTop), AroundCount = Math.Clamp(query.AroundCount, 0, MaxTop) };
        return _state.View(ChallengeId, bounded, AppliedPosition);
    }

    protected override void ResetState() => _state = new LeaderboardState(catalog);

    protected override void ReadState(BinaryReader reader) => _state.Read(reader);

    protected override void WriteState(BinaryWriter writer) => _state.Write(writer);

    /// <summary>Wakes the watchers once per applied delivery that moved the version.</summary>
    protected override void OnStateChanged()
    {
        if (_state.Version == _announcedVersion) return;
        _announcedVersion = _state.Version;
        var changed = _changed;
        _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        changed.TrySetResult();
    }

    protected override async ValueTask ApplyAsync(ProjectedEvent projected)
    {
        switch (projected.Event)
        {
            case ChallengeCreated created:
                _state.Create(created);
                break;
            case ParticipantJoined joined:
                // Read first, change after: a failed read leaves the state as it was, and the projector re-delivers.
                // During a replay from 0 the router attached the sets (the same fold of the same events).
                var sets = projected.Context is JoinerSets attached && attached.UserId == joined.UserId
                    ? attached.Sets
                    : await SetsBeforeAsync(joined.UserId, projected.Position);
                _state.Join(joined.UserId, joined.DisplayName, sets);
                break;
            case ParticipantLeft left:
                _state.Leave(left.UserId);
                break;
            case ChallengeEnded ended:
                _state.End(ended.EndedAt);
                break;
            case ChallengeCancelled:
                _state.Cancel();
                break;
            case SetLogged logged when StreamIds.TryGetUser(projected, out var userId):
                _state.Log(userId, logged.Set);
                break;
            case SetCorrected corrected when StreamIds.TryGetUser(projected, out var userId):
                _state.Upsert(userId, corrected.Set);
                break;
            case SetVoided voided when StreamIds.TryGetUser(projected, out var userId):
                _state.Void(userId, voided.SetId);
                break;
            case UserProfileChanged changed when StreamIds.TryGetUser(projected, out var userId):
                _state.Rename(userId, changed.DisplayName);
                break;
            default:
                break;
        }
    }

    /// <summary>The user's current (not voided) sets as they stood just before <paramref name="position"/>.</summary>
    private async Task<IReadOnlyCollection<LoggedSet>> SetsBeforeAsync(Guid userId, long position)
    {
        var recorded = await Services.Store.ReadStreamBeforeAsync(StreamIds.ForUser(userId), position);
        var sets = new CurrentSets();
        foreach (var r in recorded) sets.Apply(decoder.DecodeUserEvent(r));

        return sets.Current;
    }
}
