using HeelChallenge.Grains.Storage;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>The challenge directory (single key), fed by the "leaderboards" projector with every challenge event.</summary>
public sealed class ChallengeDirectoryGrain(ReadModelServices services) : ReadModelGrain(services), IChallengeDirectoryGrain
{
    private ChallengeDirectoryState _state = new();

    protected override string SnapshotKey => ProjectionKeys.ReadModel(LeaderboardRoutes.KindName, "directory", this.GetPrimaryKeyString());

    protected override int StateSchema => 1;

    public Task<ChallengeSummaryPage> ListPublic(string? cursor, int limit) => Task.FromResult(_state.ListPublic(cursor, limit));

    public Task<IReadOnlyList<ChallengeSummary>> GetMany(IReadOnlyList<Guid> challengeIds) => Task.FromResult(_state.GetMany(challengeIds));

    protected override ValueTask ApplyAsync(ProjectedEvent projected)
    {
        if (projected.Event is ChallengeEvent e && StreamIds.TryGetChallenge(projected, out var challengeId))
            _state.Apply(challengeId, e, projected.Position);
        return ValueTask.CompletedTask;
    }

    protected override void ResetState() => _state = new ChallengeDirectoryState();

    protected override void ReadState(BinaryReader reader) => _state.Read(reader);

    protected override void WriteState(BinaryWriter writer) => _state.Write(writer);
}
