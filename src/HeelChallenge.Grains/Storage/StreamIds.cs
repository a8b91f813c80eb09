namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Names of the streams in the event store. Projections route events by these prefixes; a grain's snapshot is
/// stored under its stream id.
/// </summary>
public static class StreamIds
{
    public const string UserPrefix = "user-";
    public const string AccountPrefix = "account-";

    /// <summary>user-{userId:N}: 32 lower-case hex digits, no dashes.</summary>
    public static string ForUser(Guid userId) => UserPrefix + userId.ToString("N");

    /// <summary>account-{normalised username}.</summary>
    public static string ForAccount(string normalizedUsername) => AccountPrefix + normalizedUsername;

    public static bool TryParseUser(string streamId, out Guid userId)
    {
        userId = Guid.Empty;
        return streamId.StartsWith(UserPrefix, StringComparison.Ordinal)
            && Guid.TryParseExact(streamId.AsSpan(UserPrefix.Length), "N", out userId);
    }
}
