using HeelChallenge.Abstractions.Challenges;
using HeelChallenge.Domain.Challenges;

namespace HeelChallenge.Grains.Challenges;

/// <summary>A challenge as one caller sees it: only its owner and participants get the invite code.</summary>
internal static class ChallengeViews
{
    public static ChallengeView For(ChallengeState state, Guid callerId, DateTimeOffset now)
    {
        var isOwner = state.OwnerId == callerId;
        var isParticipant = state.Participants.ContainsKey(callerId);
        return new ChallengeView(
            state.ChallengeId, state.OwnerId, state.Name, state.Description, [.. state.Program], state.StartsAt, state.EndsAt,
            state.TimeZone, state.Visibility, isOwner || isParticipant ? state.InviteCode : null, state.Capacity,
            state.Participants.Count, state.StatusAt(now), state.CreatedAt!.Value, isParticipant, isOwner, state.EndedAt);
    }
}
