using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

/// <summary>The fold of a challenge stream: its definition, status and current participants.
/// Serializable because Orleans deep-copies the grain's state.</summary>
[GenerateSerializer, Alias("challenge-state")]
public sealed class ChallengeState
{
    [Id(0)] public Guid ChallengeId { get; set; }

    [Id(1)] public Guid OwnerId { get; set; }

    [Id(2)] public string Name { get; set; } = "";

    [Id(3)] public string? Description { get; set; }

    [Id(4)] public List<ProgramItem> Program { get; set; } = [];

    [Id(5)] public DateTimeOffset StartsAt { get; set; }

    [Id(6)] public DateTimeOffset EndsAt { get; set; }

    [Id(7)] public string TimeZone { get; set; } = "UTC";

    [Id(8)] public string Visibility { get; set; } = ChallengeVisibility.Private;

    [Id(9)] public string InviteCode { get; set; } = "";

    [Id(10)] public int? Capacity { get; set; }

    [Id(11)] public DateTimeOffset? CreatedAt { get; set; }

    [Id(12)] public string Status { get; set; } = ChallengeStatus.Active;

    /// <summary>When the owner ended it early; scoring stops here.</summary>
    [Id(13)] public DateTimeOffset? EndedAt { get; set; }

    [Id(14)] public Dictionary<Guid, string> Participants { get; set; } = [];

    /// <summary>Who left and has not rejoined: their retried leave is answered as a success, a stranger's as not found.</summary>
    [Id(15)] public HashSet<Guid> FormerParticipants { get; set; } = [];

    public bool Exists => CreatedAt is not null;

    /// <summary>The scoring window's end: the planned end, or the moment the owner ended it, whichever is first.</summary>
    public DateTimeOffset EffectiveEndsAt => EndedAt is { } ended && ended < EndsAt ? ended : EndsAt;

    /// <summary>The stored status, or "finished" for an active challenge whose window is over.</summary>
    public string StatusAt(DateTimeOffset now) =>
        Status == ChallengeStatus.Active && now >= EndsAt ? ChallengeStatus.Finished : Status;

    /// <summary>Owner and participants always; anyone else only if it is public.</summary>
    public bool IsVisibleTo(Guid userId) =>
        Exists && (OwnerId == userId || Participants.ContainsKey(userId) || Visibility == ChallengeVisibility.Public);

    public void Apply(ChallengeEvent e)
    {
        switch (e)
        {
            case ChallengeCreated c:
                (ChallengeId, OwnerId, Name, Description) = (c.ChallengeId, c.OwnerId, c.Name, c.Description);
                (Program, StartsAt, EndsAt, TimeZone) = ([.. c.Program], c.StartsAt, c.EndsAt, c.TimeZone);
                (Visibility, InviteCode, Capacity, CreatedAt) = (c.Visibility, c.InviteCode, c.Capacity, c.CreatedAt);
                break;
            case ParticipantJoined j:
                Participants[j.UserId] = j.DisplayName;
                FormerParticipants.Remove(j.UserId);
                break;
            case ParticipantLeft l:
                if (Participants.Remove(l.UserId)) FormerParticipants.Add(l.UserId);
                break;
            case ChallengeEnded ended:
                Status = ChallengeStatus.Ended;
                EndedAt = ended.EndedAt;
                break;
            case ChallengeCancelled:
                Status = ChallengeStatus.Cancelled;
                break;
            default:
                break;
        }
    }
}
