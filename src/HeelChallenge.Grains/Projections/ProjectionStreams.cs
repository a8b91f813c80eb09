using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Stream ids the projections route by. User streams are <see cref="StreamIds"/>' user-{userId:N}; challenge streams
/// are challenge-{challengeId:N} (the schema ChallengeEvents.cs documents).
/// </summary>
public static class ProjectionStreams
{
    public const string ChallengePrefix = "challenge-";

    public static string ForChallenge(Guid challengeId) => ChallengePrefix + challengeId.ToString("N");

    public static bool IsUser(string streamId) => streamId.StartsWith(StreamIds.UserPrefix, StringComparison.Ordinal);

    public static bool IsChallenge(string streamId) => streamId.StartsWith(ChallengePrefix, StringComparison.Ordinal);

    public static bool TryParseChallenge(string streamId, out Guid challengeId)
    {
        challengeId = Guid.Empty;
        return IsChallenge(streamId) && Guid.TryParseExact(streamId.AsSpan(ChallengePrefix.Length), "N", out challengeId);
    }
}
