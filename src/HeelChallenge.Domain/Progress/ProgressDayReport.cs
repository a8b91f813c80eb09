namespace HeelChallenge.Domain.Progress;

/// <summary>
/// One calendar day: every slot of the catalog's prescription in catalog order (left before right), the day's
/// totals, and its adherence (100 × counted credit ÷ prescribed sets, one decimal).
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-day-report")]
public sealed record ProgressDayReport(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int PrescribedSets,
    [property: Id(2)] int SetsDone,
    [property: Id(3)] decimal CountedCredit,
    [property: Id(4)] decimal Adherence,
    [property: Id(5)] IReadOnlyList<ProgressSlotReport> Slots)
{
    public bool Equals(ProgressDayReport? other) =>
        other is not null
        && Date == other.Date && PrescribedSets == other.PrescribedSets && SetsDone == other.SetsDone
        && CountedCredit == other.CountedCredit && Adherence == other.Adherence
        && Slots.SequenceEqual(other.Slots);

    public override int GetHashCode() => HashCode.Combine(Date, SetsDone, CountedCredit, Slots.Count);
}
