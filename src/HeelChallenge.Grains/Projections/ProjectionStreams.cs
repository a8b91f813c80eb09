using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Projections;

/// <summary>The streams projections read, by the prefixes of <see cref="StreamIds"/>.</summary>
public static class ProjectionStreams
{
    public static bool IsUser(string streamId) => streamId.StartsWith(StreamIds.UserPrefix, StringComparison.Ordinal);

    public static bool IsChallenge(string streamId) => streamId.StartsWith(StreamIds.ChallengePrefix, StringComparison.Ordinal);
}
