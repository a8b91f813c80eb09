using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>A joining participant's current sets as the log stood at the join, attached to the join by the router.</summary>
[GenerateSerializer, Immutable, Alias("joiner-sets")]
public sealed record JoinerSets([property: Id(0)] Guid UserId, [property: Id(1)] LoggedSet[] Sets);
