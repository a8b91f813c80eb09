namespace HeelChallenge.Domain.Scoring;

/// <summary>A set that counts in its slot (one of the best <c>sets</c>) with the points it earned.</summary>
[GenerateSerializer, Immutable, Alias("counted-set")]
public sealed record CountedSet(
    [property: Id(0)] string SetId,
    [property: Id(1)] int Points,
    [property: Id(2)] DateTimeOffset PerformedAt);
