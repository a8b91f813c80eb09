namespace HeelChallenge.Domain.Users;

/// <summary>What a user's stream knows of one set id: as first logged, as it stands now, and whether it is voided.
/// UpdatedAt moves on any change (void included); CorrectedAt only on corrections.</summary>
[GenerateSerializer, Immutable, Alias("set-record")]
public sealed record SetRecord(
    [property: Id(0)] LoggedSet Original,
    [property: Id(1)] LoggedSet Current,
    [property: Id(2)] bool Voided,
    [property: Id(3)] DateTimeOffset LoggedAt,
    [property: Id(4)] DateTimeOffset UpdatedAt,
    [property: Id(5)] int Revision,
    [property: Id(6)] DateTimeOffset? CorrectedAt = null);
