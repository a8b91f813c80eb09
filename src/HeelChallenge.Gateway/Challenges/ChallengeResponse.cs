using System.Text.Json.Serialization;
using HeelChallenge.Abstractions.Challenges;

namespace HeelChallenge.Gateway.Challenges;

/// <summary>
/// A challenge as the caller sees it. inviteCode only for its owner and participants; status is active, ended,
/// cancelled or finished (active and past endsAt); endedAt only when the owner ended it.
/// </summary>
public sealed record ChallengeResponse(
    Guid ChallengeId,
    Guid OwnerId,
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    IReadOnlyList<ProgramItemResponse> Program,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string TimeZone,
    string Visibility,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InviteCode,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Capacity,
    int ParticipantCount,
    string Status,
    DateTimeOffset CreatedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? EndedAt,
    bool IsOwner,
    bool IsParticipant)
{
    public static ChallengeResponse From(ChallengeView v) =>
        new(v.ChallengeId, v.OwnerId, v.Name, v.Description, v.Program.Select(ProgramItemResponse.From).ToList(), v.StartsAt, v.EndsAt,
            v.TimeZone, v.Visibility, v.InviteCode, v.Capacity, v.ParticipantCount, v.Status, v.CreatedAt, v.EndedAt, v.IsOwner, v.IsParticipant);
}
