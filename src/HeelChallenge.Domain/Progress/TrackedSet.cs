using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// A set as the progress projection keeps it: its current values (corrections applied), the day it is counted on
/// (the calendar date of performedAt in the zone in effect at that instant), and whether it was voided. A voided set
/// stays as a tombstone so that a late copy of its SetLogged cannot bring it back. A struct: a user's progress keeps
/// one per set ever logged, inline in its dictionary instead of as an object each.
/// </summary>
[GenerateSerializer, Immutable, Alias("progress-tracked-set")]
public readonly record struct TrackedSet(
    [property: Id(0)] LoggedSet Set,
    [property: Id(1)] DateOnly Day,
    [property: Id(2)] bool Voided);
