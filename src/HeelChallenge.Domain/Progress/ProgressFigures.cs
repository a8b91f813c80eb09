namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The figures of a <see cref="ProgressSummary"/> at one instant (see <see cref="ProgressReporter"/> for the rules).
/// <see cref="PreviousAdherence7"/> is null when the user had not started yet in any day of that window.
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-figures")]
public sealed record ProgressFigures(
    [property: Id(0)] DateOnly Today,
    [property: Id(1)] DateOnly? StartedOn,
    [property: Id(2)] decimal Adherence7,
    [property: Id(3)] decimal Adherence30,
    [property: Id(4)] decimal? PreviousAdherence7,
    [property: Id(5)] int CurrentStreak,
    [property: Id(6)] int LongestStreak,
    [property: Id(7)] DateTimeOffset? LastActiveAt,
    [property: Id(8)] int? DaysSinceActive,
    [property: Id(9)] int InactiveAfterDays,
    [property: Id(10)] ProgressFlags Flags,
    [property: Id(11)] long NeedsAttention);
