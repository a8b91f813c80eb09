namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// A participant's score under points-v1 with the breakdown that explains it: days in date order, each with all
/// slots of the program. <see cref="Points"/> and <see cref="ReachedAt"/> are what the leaderboard orders by.
/// </summary>
[GenerateSerializer, Immutable, Alias("participant-score")]
public sealed record ParticipantScore(
    [property: Id(0)] int Points,
    [property: Id(1)] DateTimeOffset? ReachedAt,
    [property: Id(2)] IReadOnlyList<DayScore> Days)
{
    public ScoreTotal Total => new(Points, ReachedAt);

    public bool Equals(ParticipantScore? other) =>
        other is not null
        && Points == other.Points && ReachedAt == other.ReachedAt
        && Days.SequenceEqual(other.Days);

    public override int GetHashCode() => HashCode.Combine(Points, ReachedAt, Days.Count);
}
