namespace HeelChallenge.Domain.Scoring;

/// <summary>How many slots of one day hold sets and how many of them are full (the bonus needs all full). A struct inline in its scorer's dictionary.</summary>
internal struct DayState
{
    public int OccupiedSlots { get; set; }

    public int FullSlots { get; set; }
}
