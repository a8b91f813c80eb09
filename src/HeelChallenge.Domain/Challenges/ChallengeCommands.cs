using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

// Commands a challenge's grain decides on. Who is asking always comes from the caller's token, never a body. What
// the grain finds out itself (the invite code it claimed, the caller's display name) is not part of a command.

/// <summary>Program null means the default: the whole catalog with its own prescriptions.</summary>
[GenerateSerializer, Immutable, Alias("create-challenge")]
public sealed record CreateChallenge(
    [property: Id(0)] Guid OwnerId,
    [property: Id(1)] string? Name,
    [property: Id(2)] string? Description,
    [property: Id(3)] IReadOnlyList<ProgramItem?>? Program,
    [property: Id(4)] DateTimeOffset? StartsAt,
    [property: Id(5)] DateTimeOffset? EndsAt,
    [property: Id(6)] string? TimeZone,
    [property: Id(7)] string? Visibility,
    [property: Id(8)] int? Capacity);

/// <summary>InviteCode null: join a public challenge without one. Codes are compared after normalising.</summary>
[GenerateSerializer, Immutable, Alias("join-challenge")]
public sealed record JoinChallenge([property: Id(0)] Guid UserId, [property: Id(1)] string? InviteCode);
