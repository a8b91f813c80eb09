namespace HeelChallenge.Domain.Scoring;

/// <summary>A participant's place-deciding facts (clause 7): user id, points and reachedAt.</summary>
[GenerateSerializer, Immutable, Alias("standing")]
public readonly record struct Standing(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] int Points,
    [property: Id(2)] DateTimeOffset? ReachedAt);
