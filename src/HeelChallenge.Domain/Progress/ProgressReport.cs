namespace HeelChallenge.Domain.Progress;

/// <summary>
/// A user's progress as <see cref="ProgressReporter.Report"/> computes it at one instant. Dates are calendar
/// dates; <see cref="Today"/> is today in the user's current <see cref="TimeZone"/>. Adherence values are
/// percentages 0..100 with one decimal; <see cref="PreviousAdherence7"/> is null when the user had not started in
/// any of those days (<see cref="StartedOn"/>). See <see cref="ProgressReporter"/> for every rule.
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-report")]
public sealed record ProgressReport(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateOnly Today,
    [property: Id(3)] IReadOnlyList<ProgressDayReport> Days,
    [property: Id(4)] decimal Adherence7,
    [property: Id(5)] decimal Adherence30,
    [property: Id(6)] decimal? PreviousAdherence7,
    [property: Id(7)] int CurrentStreak,
    [property: Id(8)] int LongestStreak,
    [property: Id(9)] DateTimeOffset? LastActiveAt,
    [property: Id(10)] int? DaysSinceActive,
    [property: Id(11)] int InactiveAfterDays,
    [property: Id(12)] ProgressFlags Flags,
    [property: Id(13)] long NeedsAttention,
    [property: Id(14)] DateOnly? StartedOn)
{
    public static ProgressReport From(Guid userId, string timeZone, IReadOnlyList<ProgressDayReport> days, ProgressFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(userId, timeZone, figures.Today, days, figures.Adherence7, figures.Adherence30, figures.PreviousAdherence7,
            figures.CurrentStreak, figures.LongestStreak, figures.LastActiveAt, figures.DaysSinceActive, figures.InactiveAfterDays,
            figures.Flags, figures.NeedsAttention, figures.StartedOn);
    }

    public bool Equals(ProgressReport? other) =>
        other is not null
        && UserId == other.UserId && TimeZone == other.TimeZone && Today == other.Today
        && Adherence7 == other.Adherence7 && Adherence30 == other.Adherence30
        && PreviousAdherence7 == other.PreviousAdherence7
        && CurrentStreak == other.CurrentStreak && LongestStreak == other.LongestStreak
        && LastActiveAt == other.LastActiveAt && DaysSinceActive == other.DaysSinceActive
        && InactiveAfterDays == other.InactiveAfterDays && Flags == other.Flags
        && NeedsAttention == other.NeedsAttention && StartedOn == other.StartedOn
        && Days.SequenceEqual(other.Days);

    public override int GetHashCode() => HashCode.Combine(UserId, Today, Adherence7, CurrentStreak, Days.Count);
}
