using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Names of the streams in the event store. Projections route events by these prefixes; a grain's snapshot is
/// stored under its stream id.
/// </summary>
public static class StreamIds
{
    public const string UserPrefix = "user-";
    public const string AccountPrefix = "account-";
    public const string ChallengePrefix = "challenge-";
    public const string InvitePrefix = "invite-";
    public const string CoachInvitePrefix = "coach-invite-";

    /// <summary>user-{userId:N}: 32 lower-case hex digits, no dashes.</summary>
    public static string ForUser(Guid userId) => UserPrefix + userId.ToString("N");

    /// <summary>account-{normalised username}.</summary>
    public static string ForAccount(string normalizedUsername) => AccountPrefix + normalizedUsername;

    /// <summary>challenge-{challengeId:N}: 32 lower-case hex digits, no dashes.</summary>
    public static string ForChallenge(Guid challengeId) => ChallengePrefix + challengeId.ToString("N");

    /// <summary>invite-{normalised invite code} (upper case, see Domain.Challenges.InviteCodes).</summary>
    public static string ForInvite(string normalizedCode) => InvitePrefix + normalizedCode;

    /// <summary>coach-invite-{normalised code} (upper case, see Domain.Challenges.InviteCodes).</summary>
    public static string ForCoachInvite(string normalizedCode) => CoachInvitePrefix + normalizedCode;

    public static bool TryParseChallenge(string streamId, out Guid challengeId)
    {
        challengeId = Guid.Empty;
        return streamId.StartsWith(ChallengePrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(streamId.AsSpan(ChallengePrefix.Length), "N", out challengeId);
    }

    public static bool TryParseUser(string streamId, out Guid userId)
    {
        userId = Guid.Empty;
        return streamId.StartsWith(UserPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(streamId.AsSpan(UserPrefix.Length), "N", out userId);
    }

    /// <summary>The id in a user's or a challenge's stream name; <see cref="Guid.Empty"/> for other streams.</summary>
    public static Guid OwnerOf(string streamId) =>
        TryParseUser(streamId, out var id) || TryParseChallenge(streamId, out id) ? id : Guid.Empty;

    /// <summary>The user whose stream a projected event comes from, parsed when it was read (see <see cref="OwnerOf"/>).</summary>
    public static bool TryGetUser(ProjectedEvent projected, out Guid userId)
    {
        userId = projected.OwnerId;
        return userId != Guid.Empty && projected.StreamId.StartsWith(UserPrefix, StringComparison.Ordinal);
    }

    /// <summary>The challenge whose stream a projected event comes from, parsed when it was read.</summary>
    public static bool TryGetChallenge(ProjectedEvent projected, out Guid challengeId)
    {
        challengeId = projected.OwnerId;
        return challengeId != Guid.Empty && projected.StreamId.StartsWith(ChallengePrefix, StringComparison.Ordinal);
    }
}
