namespace HeelChallenge.Domain.Scoring;

/// <summary>How many slots of one day hold sets and how many of them are full (the bonus needs all full).</summary>
internal sealed class DayState
{
    public int OccupiedSlots { get; set; }

    public int FullSlots { get; set; }
}
