using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Gateway.Progress;

/// <summary>A user's progress now: headline figures and the last <c>days</c> days, most recent first.</summary>
public sealed record ProgressResponse(
    Guid UserId,
    string TimeZone,
    DateOnly Today,
    DateOnly? StartedOn,
    decimal Adherence7,
    decimal Adherence30,
    decimal? PreviousAdherence7,
    int CurrentStreak,
    int LongestStreak,
    DateTimeOffset? LastActiveAt,
    int? DaysSinceActive,
    int InactiveAfterDays,
    FlagsResponse Flags,
    long NeedsAttention,
    IReadOnlyList<ProgressDayResponse> Days)
{
    public static ProgressResponse From(ProgressReport r) =>
        new(r.UserId, r.TimeZone, r.Today, r.StartedOn, r.Adherence7, r.Adherence30, r.PreviousAdherence7, r.CurrentStreak,
            r.LongestStreak, r.LastActiveAt, r.DaysSinceActive, r.InactiveAfterDays, FlagsResponse.From(r.Flags), r.NeedsAttention,
            r.Days.Select(ProgressDayResponse.From).ToList());
}
