namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Rule 6. <see cref="Inactive"/>: no set for N or more whole calendar days (see
/// <see cref="ProgressReport.DaysSinceActive"/>). <see cref="Dropping"/>: 7-day adherence is 20 points or more
/// below the 7 days before (compared on the one-decimal values the report shows).
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-flags")]
public sealed record ProgressFlags(
    [property: Id(0)] bool Inactive,
    [property: Id(1)] bool Dropping);
