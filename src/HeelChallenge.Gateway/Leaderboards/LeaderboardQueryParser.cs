using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Leaderboards;

/// <summary>?top= (1..100, default 10) and ?around=me (the caller's row with 5 above and 5 below).</summary>
public static class LeaderboardQueryParser
{
    public const string AroundMe = "me";

    public static LeaderboardQuery? Parse(int? top, string? around, Guid callerId, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (top is < 1 or > LeaderboardQuery.MaxTop) errors.Add("top", $"top must be 1..{LeaderboardQuery.MaxTop}.");
        if (around is not null && around != AroundMe) errors.Add("around", "around takes the value 'me' (or leave it out).");
        return errors.Any ? null : new LeaderboardQuery(top ?? LeaderboardQuery.DefaultTop, around is null ? null : callerId);
    }
}
