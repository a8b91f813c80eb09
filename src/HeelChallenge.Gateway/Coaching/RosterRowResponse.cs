using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Gateway.Progress;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>One client on the coach's roster, with their figures as of now (flags use the coach's inactiveAfterDays).</summary>
public sealed record RosterRowResponse(
    Guid UserId,
    string DisplayName,
    DateTimeOffset Since,
    DateOnly? StartedOn,
    decimal Adherence7,
    decimal Adherence30,
    decimal? PreviousAdherence7,
    int CurrentStreak,
    int LongestStreak,
    DateTimeOffset? LastActiveAt,
    int? DaysSinceActive,
    FlagsResponse Flags,
    long NeedsAttention)
{
    public static RosterRowResponse From(RosterRow row)
    {
        var f = row.Figures;
        return new(row.UserId, row.DisplayName, row.Since, f.StartedOn, f.Adherence7, f.Adherence30, f.PreviousAdherence7,
            f.CurrentStreak, f.LongestStreak, f.LastActiveAt, f.DaysSinceActive, FlagsResponse.From(f.Flags), f.NeedsAttention);
    }
}
