namespace HeelChallenge.Domain.Progress;

/// <summary>The exact counted credit of one active day, in units of 1/L credit (L: the catalog's credit scale).</summary>
[GenerateSerializer, Immutable, Alias("progress-day-credit")]
public sealed record DayCredit([property: Id(0)] DateOnly Date, [property: Id(1)] long Units);
