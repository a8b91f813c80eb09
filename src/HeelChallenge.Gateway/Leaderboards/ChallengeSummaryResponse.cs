using System.Text.Json.Serialization;
using HeelChallenge.Abstractions.Leaderboards;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>A challenge in a list. isOwner/isParticipant only in the caller's own list (GET /api/me/challenges).</summary>
public sealed record ChallengeSummaryResponse(
    Guid ChallengeId,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    int ParticipantCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Capacity,
    string Status,
    string Visibility,
    Guid OwnerId,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsOwner = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? IsParticipant = null)
{
    public static ChallengeSummaryResponse From(ChallengeSummary s, DateTimeOffset now) => new(
        s.ChallengeId, s.Name, s.Description, s.StartsAt, s.EndsAt, s.TimeZone, s.ParticipantCount, s.Capacity,
        LeaderboardResponse.StatusAt(s.Status, s.EndsAt, now), s.Visibility, s.OwnerId, s.CreatedAt, s.EndedAt);
}
