namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// One slot of one day: the exercise (and side), how many sets count, the counted sets best first, their points,
/// and how many further sets were logged but did not make the best <see cref="Sets"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("slot-score")]
public sealed record SlotScore(
    [property: Id(0)] string ExerciseId,
    [property: Id(1)] string? Side,
    [property: Id(2)] int Sets,
    [property: Id(3)] int Points,
    [property: Id(4)] IReadOnlyList<CountedSet> Counted,
    [property: Id(5)] int Uncounted)
{
    /// <summary>Clause 5's condition for this slot: <see cref="Sets"/> counted sets of 10 points each.</summary>
    public bool Full => Counted.Count == Sets && Counted.All(c => c.Points == ScoringRule.MaxSetPoints);

    public bool Equals(SlotScore? other) =>
        other is not null
        && ExerciseId == other.ExerciseId && Side == other.Side && Sets == other.Sets
        && Points == other.Points && Uncounted == other.Uncounted
        && Counted.SequenceEqual(other.Counted);

    public override int GetHashCode() => HashCode.Combine(ExerciseId, Side, Sets, Points, Counted.Count, Uncounted);
}
