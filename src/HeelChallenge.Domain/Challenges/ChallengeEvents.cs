using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

// The persisted schema of stream challenge-{challengeId:N}. Aliases are stored type names: never change one.

/// <summary>Base of every event in a challenge's stream; serializable so events can travel between silos (projections
/// deliver them to read models).</summary>
[GenerateSerializer, Immutable]
public abstract record ChallengeEvent([property: Id(0)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("challenge-created.v1")]
public sealed record ChallengeCreated(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] Guid OwnerId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? Description,
    [property: Id(4)] IReadOnlyList<ProgramItem> Program,
    [property: Id(5)] DateTimeOffset StartsAt,
    [property: Id(6)] DateTimeOffset EndsAt,
    [property: Id(7)] string TimeZone,
    [property: Id(8)] string Visibility,
    [property: Id(9)] string InviteCode,
    [property: Id(10)] int? Capacity,
    [property: Id(11)] DateTimeOffset CreatedAt) : ChallengeEvent(CreatedAt), IIdempotentEvent
{
    public string IdempotencyKey => "challenge-created";
}

/// <summary>A user joined (or rejoined). The display name is copied so boards need not ask the user's grain.</summary>
[GenerateSerializer, Immutable, Alias("challenge-participant-joined.v1")]
public sealed record ParticipantJoined(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset JoinedAt) : ChallengeEvent(JoinedAt);

[GenerateSerializer, Immutable, Alias("challenge-participant-left.v1")]
public sealed record ParticipantLeft(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] DateTimeOffset LeftAt) : ChallengeEvent(LeftAt);

/// <summary>The owner closed the challenge early: no more joins, and sets performed from now on no longer count.</summary>
[GenerateSerializer, Immutable, Alias("challenge-ended.v1")]
public sealed record ChallengeEnded([property: Id(0)] DateTimeOffset EndedAt) : ChallengeEvent(EndedAt), IIdempotentEvent
{
    public string IdempotencyKey => "challenge-closed";
}

/// <summary>The owner called the challenge off: no more joins, the board is kept but marked cancelled.</summary>
[GenerateSerializer, Immutable, Alias("challenge-cancelled.v1")]
public sealed record ChallengeCancelled([property: Id(0)] DateTimeOffset CancelledAt) : ChallengeEvent(CancelledAt), IIdempotentEvent
{
    public string IdempotencyKey => "challenge-closed";
}
