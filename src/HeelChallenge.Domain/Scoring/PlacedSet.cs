using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>A set that passes clause 1, with its slot (clause 3) and its set points (clause 2).</summary>
internal sealed record PlacedSet(LoggedSet Set, RuleItem Item, SlotKey Slot, int Points)
{
    public long Ticks => Set.PerformedAt.UtcTicks;
}
