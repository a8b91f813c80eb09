using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>A participant on a board: the display name copied when they joined, and their incremental scorer (none
/// while the challenge's window is empty, e.g. ended before it started).</summary>
internal sealed class LeaderboardParticipant(string displayName, ParticipantScorer? scorer)
{
    public string DisplayName { get; } = displayName;

    public ParticipantScorer? Scorer { get; set; } = scorer;

    public ScoreTotal Total => Scorer?.Total ?? ScoreTotal.Zero;
}
