namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// A participant's score and when it was reached (clause 7): the latest performedAt, in UTC, among the counted sets
/// with more than 0 points; null exactly when the score is 0.
/// </summary>
[GenerateSerializer, Immutable, Alias("score-total")]
public readonly record struct ScoreTotal([property: Id(0)] int Points, [property: Id(1)] DateTimeOffset? ReachedAt)
{
    public static ScoreTotal Zero => default;
}
