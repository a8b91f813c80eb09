namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// One calendar day (in the challenge's time zone) on which the participant logged at least one set that counts
/// under clause 1: every slot of the program in program order (left before right), the set points, and the bonus.
/// </summary>
[GenerateSerializer, Immutable, Alias("day-score")]
public sealed record DayScore(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int SetPoints,
    [property: Id(2)] int Bonus,
    [property: Id(3)] IReadOnlyList<SlotScore> Slots)
{
    public int Points => SetPoints + Bonus;

    public bool Equals(DayScore? other) =>
        other is not null
        && Date == other.Date && SetPoints == other.SetPoints && Bonus == other.Bonus
        && Slots.SequenceEqual(other.Slots);

    public override int GetHashCode() => HashCode.Combine(Date, SetPoints, Bonus, Slots.Count);
}
