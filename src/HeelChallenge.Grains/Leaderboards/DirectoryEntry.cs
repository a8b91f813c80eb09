using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>One challenge in the directory: its definition as created, the participant count, status, and the log
/// position of its creation (the "newest first" order).</summary>
internal sealed class DirectoryEntry(ChallengeCreated definition, long createdPosition)
{
    public ChallengeCreated Definition { get; } = definition;

    public long CreatedPosition { get; } = createdPosition;

    public int ParticipantCount { get; set; }

    public string Status { get; set; } = ChallengeStatus.Active;

    public DateTimeOffset? EndedAt { get; set; }

    public bool IsPublic => Definition.Visibility == ChallengeVisibility.Public;

    public ChallengeSummary Summary() => new(
        Definition.ChallengeId, Definition.OwnerId, Definition.Name, Definition.Description, Definition.StartsAt, Definition.EndsAt,
        Definition.TimeZone, Definition.Visibility, ParticipantCount, Definition.Capacity, Status, Definition.CreatedAt, EndedAt);
}
