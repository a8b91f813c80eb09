namespace HeelChallenge.Abstractions.Leaderboards;

/// <summary>The user's relation to one challenge: owner, participant, or both.</summary>
[GenerateSerializer, Immutable, Alias("user-challenge")]
public sealed record UserChallenge(
    [property: Id(0)] Guid ChallengeId,
    [property: Id(1)] bool IsOwner,
    [property: Id(2)] bool IsParticipant);
