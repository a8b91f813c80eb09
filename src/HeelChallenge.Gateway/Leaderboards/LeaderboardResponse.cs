using System.Text.Json.Serialization;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>
/// A board at one version (the SSE event id). entries: the top N, each {rank, userId, displayName, points, reachedAt}
/// (reachedAt null at 0 points). With around=me: me (the caller's row, absent when the
/// caller is not on the board) and around (up to 5 rows above and 5 below the caller, the caller included).
/// status: active, ended, cancelled, or finished (active and past endsAt).
/// </summary>
public sealed record LeaderboardResponse(
    Guid ChallengeId,
    long Version,
    string Status,
    int ParticipantCount,
    IReadOnlyList<LeaderboardRow> Entries,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LeaderboardRow? Me,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<LeaderboardRow>? Around)
{
    public static LeaderboardResponse From(LeaderboardView view, DateTimeOffset now) => new(
        view.ChallengeId,
        view.Version,
        StatusAt(view.Status, view.EndsAt, now),
        view.ParticipantCount,
        view.Entries,
        view.Me,
        view.Around);

    /// <summary>As ChallengeState.StatusAt: "finished" is an active challenge past its planned end.</summary>
    public static string StatusAt(string? status, DateTimeOffset? endsAt, DateTimeOffset now) =>
        (status ?? ChallengeStatus.Active) == ChallengeStatus.Active && endsAt is { } ends && now >= ends ? ChallengeStatus.Finished : status ?? ChallengeStatus.Active;
}
