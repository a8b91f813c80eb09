using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// A set that passes clause 1, with its slot (clause 3) and its set points (clause 2). A struct: boards keep one per
/// counted set per participant (a million after a large rebuild), inline in their slots instead of as objects.
/// </summary>
internal readonly record struct PlacedSet(LoggedSet Set, RuleItem Item, SlotKey Slot, int Points)
{
    public long Ticks => Set.PerformedAt.UtcTicks;
}
