using HeelChallenge.Domain.Challenges;

namespace HeelChallenge.Abstractions.Challenges;

/// <summary>
/// One group challenge's write side (stream challenge-{challengeId:N}): definition, participants, end/cancel.
/// Commands answer only after their events are durable. Reads take the caller so the grain decides visibility.
/// </summary>
[Alias("challenge")]
public interface IChallengeGrain : IGrainWithGuidKey
{
    [Alias("create")]
    Task<ChallengeCommandResult> Create(CreateChallenge command);

    /// <summary>Joins with an invite code, or without one for a public challenge. Joining twice is a no-op.</summary>
    [Alias("join")]
    Task<ChallengeCommandResult> Join(JoinChallenge command);

    [Alias("leave")]
    Task<CommandResult> Leave(Guid userId);

    [Alias("end")]
    Task<CommandResult> End(Guid callerId);

    [Alias("cancel")]
    Task<CommandResult> Cancel(Guid callerId);

    /// <summary>The challenge as the caller may see it; null when it does not exist or the caller may not see it
    /// (a private challenge is visible to its owner and participants only).</summary>
    [Alias("get"), ReadOnly]
    Task<ChallengeView?> Get(Guid callerId);

    /// <summary>Whether the caller may see this challenge and its leaderboard.</summary>
    [Alias("can-view"), ReadOnly]
    Task<bool> CanView(Guid callerId);
}
