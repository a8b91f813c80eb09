using HeelChallenge.Grains.Storage;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>One user's challenges (key = user id), fed by the "leaderboards" projector with creations, joins and leaves.</summary>
public sealed class UserChallengesGrain(ReadModelServices services) : ReadModelGrain(services), IUserChallengesGrain
{
    private UserChallengesState _state = new();

    protected override string SnapshotKey => ProjectionKeys.ReadModel(LeaderboardRoutes.KindName, "user", this.GetPrimaryKey().ToString("N"));

    protected override int StateSchema => 1;

    public Task<UserChallengePage> List(string? cursor, int limit) => Task.FromResult(_state.List(cursor, limit));

    protected override ValueTask ApplyAsync(ProjectedEvent projected)
    {
        if (projected.Event is ChallengeEvent e && StreamIds.TryGetChallenge(projected, out var challengeId))
            _state.Apply(this.GetPrimaryKey(), challengeId, e, projected.Position);
        return ValueTask.CompletedTask;
    }

    protected override void ResetState() => _state = new UserChallengesState();

    protected override void ReadState(BinaryReader reader) => _state.Read(reader);

    protected override void WriteState(BinaryWriter writer) => _state.Write(writer);
}
