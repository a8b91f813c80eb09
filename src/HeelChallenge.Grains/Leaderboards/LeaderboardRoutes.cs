using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>
/// Routing of the "leaderboards" kind. challenge-{id} events go to that challenge's board and to the directory; a
/// creation, join or leave also to the user's own list. A user's set events go to the board of every challenge the
/// user takes part in at that point of the log — the membership map built from joins and leaves as they pass, and
/// saved with the projector's checkpoint.
/// </summary>
public sealed class LeaderboardRoutes(IGrainFactory grains) : ProjectionRoutes
{
    public const string KindName = ProjectionKinds.Leaderboards;

    private readonly Dictionary<Guid, HashSet<Guid>> _memberships = [];
    private readonly JoinPrefixIndex _joinPrefixes = new();
    private readonly Dictionary<Guid, IProjectionReadModel> _boards = [];
    private readonly IProjectionReadModel _directory = grains.GetGrain<IChallengeDirectoryGrain>(IChallengeDirectoryGrain.Key);

    public override string Kind => KindName;

    /// <summary>
    /// 2: boards follow profile renames (a schema-1 checkpoint rebuilds so old boards show current names); 3: boards'
    /// state schema 2 (sets written by <see cref="SetWriter"/>).
    /// </summary>
    public override int Schema => 3;

    /// <summary>How many users take part in at least one challenge (for tests and diagnostics).</summary>
    public int MemberCount => _memberships.Count;

    public override bool Reads(string streamId) => ProjectionStreams.IsUser(streamId) || ProjectionStreams.IsChallenge(streamId);

    public override void Route(ProjectedEvent projected, ICollection<IProjectionReadModel> targets)
    {
        ArgumentNullException.ThrowIfNull(projected);
        ArgumentNullException.ThrowIfNull(targets);
        switch (projected.Event)
        {
            case ChallengeEvent e when StreamIds.TryGetChallenge(projected, out var challengeId):
                targets.Add(Board(challengeId));
                targets.Add(_directory);
                RouteMembership(e, challengeId, targets);
                break;
            case SetLogged or SetCorrected or SetVoided or UserProfileChanged when StreamIds.TryGetUser(projected, out var userId)
                                                             && _memberships.TryGetValue(userId, out var challenges):
                foreach (var challenge in challenges) targets.Add(Board(challenge));
                break;
            default:
                break;
        }
    }

    public override void Reset()
    {
        _memberships.Clear();
        _joinPrefixes.Start();
    }

    /// <summary>While replaying from 0, a join carries the joiner's current sets (see <see cref="JoinPrefixIndex"/>).</summary>
    public override ProjectedEvent Prepare(ProjectedEvent projected)
    {
        ArgumentNullException.ThrowIfNull(projected);
        _joinPrefixes.Observe(projected);
        return projected.Event is ParticipantJoined joined && _joinPrefixes.CurrentSetsOf(joined.UserId) is { } sets
            ? projected with { Context = new JoinerSets(joined.UserId, sets) }
            : projected;
    }

    public override void CaughtUp() => _joinPrefixes.Stop();

    public override void WriteState(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_memberships.Count);
        foreach (var (userId, challenges) in _memberships)
        {
            writer.WriteGuid(userId);
            writer.Write(challenges.Count);
            foreach (var challenge in challenges) writer.WriteGuid(challenge);
        }
    }

    public override void ReadState(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _joinPrefixes.Stop();
        _memberships.Clear();
        var users = reader.ReadInt32();
        for (var u = 0; u < users; u++)
        {
            var userId = reader.ReadGuid();
            var count = reader.ReadInt32();
            var challenges = new HashSet<Guid>(count);
            for (var c = 0; c < count; c++) challenges.Add(reader.ReadGuid());
            _memberships[userId] = challenges;
        }
    }

    private void RouteMembership(ChallengeEvent e, Guid challengeId, ICollection<IProjectionReadModel> targets)
    {
        switch (e)
        {
            case ChallengeCreated created:
                targets.Add(grains.Reference<IUserChallengesGrain>(created.OwnerId));
                break;
            case ParticipantJoined joined:
                if (!_memberships.TryGetValue(joined.UserId, out var challenges)) _memberships[joined.UserId] = challenges = [];
                challenges.Add(challengeId);
                targets.Add(grains.Reference<IUserChallengesGrain>(joined.UserId));
                break;
            case ParticipantLeft left:
                if (_memberships.TryGetValue(left.UserId, out var remaining) && remaining.Remove(challengeId) && remaining.Count == 0)
                    _memberships.Remove(left.UserId);
                targets.Add(grains.Reference<IUserChallengesGrain>(left.UserId));
                break;
            default:
                break;
        }
    }

    private IProjectionReadModel Board(Guid challengeId)
    {
        if (!_boards.TryGetValue(challengeId, out var board)) _boards[challengeId] = board = grains.Reference<ILeaderboardGrain>(challengeId);
        return board;
    }
}
