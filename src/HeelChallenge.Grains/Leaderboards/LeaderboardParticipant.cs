using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>A participant on a board: their display name (from the join, then from each profile change), and their
/// incremental scorer (none while the challenge's window is empty, e.g. ended before it started).</summary>
internal sealed class LeaderboardParticipant(string displayName, ParticipantScorer? scorer)
{
    public string DisplayName { get; set; } = displayName;

    public ParticipantScorer? Scorer { get; set; } = scorer;

    public ScoreTotal Total => Scorer?.Total ?? ScoreTotal.Zero;
}
