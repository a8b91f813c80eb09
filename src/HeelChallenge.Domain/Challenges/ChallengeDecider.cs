using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

/// <summary>Pure decisions over a challenge: given its state, a command and the time, which events to raise.</summary>
public static class ChallengeDecider
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCapacity = 100_000;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    public static Decision<ChallengeEvent> Create(ChallengeState state, Guid challengeId, CreateChallenge c, ExerciseCatalog catalog, DateTimeOffset now)
    {
        if (state.Exists)
        {
            return state.OwnerId == c.OwnerId && state.Name == c.Name?.Trim()
                ? Decision<ChallengeEvent>.Nothing()
                : Decision<ChallengeEvent>.Refuse(DomainError.Conflict("challengeId", "This challenge already exists."));
        }

        var errors = ChallengeRules.Validate(c, catalog, now);
        if (errors.Count > 0) return Decision<ChallengeEvent>.Refuse(errors);

        var program = c.Program is null ? ChallengeProgram.Default(catalog).Items : c.Program.Select(p => p!).ToArray();
        return Decision<ChallengeEvent>.Raise(new ChallengeCreated(
            challengeId, c.OwnerId, c.Name!.Trim(), string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim(), program,
            c.StartsAt!.Value, c.EndsAt!.Value, c.TimeZone!, c.Visibility!, c.InviteCode, c.Capacity, now));
    }

    /// <summary>Joining twice is a no-op. A private challenge needs its invite code; a public one does not.</summary>
    public static Decision<ChallengeEvent> Join(ChallengeState state, JoinChallenge c, DateTimeOffset now)
    {
        if (!state.Exists) return Decision<ChallengeEvent>.Refuse(NotFound);
        var codeOk = c.InviteCode is null ? state.Visibility == ChallengeVisibility.Public : string.Equals(c.InviteCode, state.InviteCode, StringComparison.Ordinal);
        if (!codeOk && !state.Participants.ContainsKey(c.UserId) && state.OwnerId != c.UserId) return Decision<ChallengeEvent>.Refuse(NotFound);
        if (state.Participants.ContainsKey(c.UserId)) return Decision<ChallengeEvent>.Nothing();
        if (state.Status != ChallengeStatus.Active)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("challenge", $"This challenge was {state.Status}; it takes no new participants."));
        if (now >= state.EndsAt)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("challenge", "This challenge is over; it takes no new participants."));
        if (state.Capacity is { } capacity && state.Participants.Count >= capacity)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("capacity", $"This challenge is full ({capacity} participants)."));
        return Decision<ChallengeEvent>.Raise(new ParticipantJoined(c.UserId, c.DisplayName, now));
    }

    /// <summary>Leaving is idempotent: leaving a challenge you are not in succeeds and raises nothing.</summary>
    public static Decision<ChallengeEvent> Leave(ChallengeState state, Guid userId, DateTimeOffset now) =>
        !state.Exists ? Decision<ChallengeEvent>.Refuse(NotFound)
        : state.Participants.ContainsKey(userId) ? Decision<ChallengeEvent>.Raise(new ParticipantLeft(userId, now))
        : Decision<ChallengeEvent>.Nothing();

    public static Decision<ChallengeEvent> End(ChallengeState state, Guid callerId, DateTimeOffset now) =>
        Close(state, callerId, ChallengeStatus.Ended, () => new ChallengeEnded(now));

    public static Decision<ChallengeEvent> Cancel(ChallengeState state, Guid callerId, DateTimeOffset now) =>
        Close(state, callerId, ChallengeStatus.Cancelled, () => new ChallengeCancelled(now));

    private static Decision<ChallengeEvent> Close(ChallengeState state, Guid callerId, string target, Func<ChallengeEvent> closed)
    {
        if (!state.Exists) return Decision<ChallengeEvent>.Refuse(NotFound);
        if (state.OwnerId != callerId)
        {
            return state.Participants.ContainsKey(callerId) || state.Visibility == ChallengeVisibility.Public
                ? Decision<ChallengeEvent>.Refuse(DomainError.Forbidden("challenge", "Only the owner can end or cancel a challenge."))
                : Decision<ChallengeEvent>.Refuse(NotFound);
        }

        if (state.Status == target) return Decision<ChallengeEvent>.Nothing();
        return state.Status != ChallengeStatus.Active
            ? Decision<ChallengeEvent>.Refuse(DomainError.Conflict("challenge", $"This challenge was already {state.Status}."))
            : Decision<ChallengeEvent>.Raise(closed());
    }

    private static readonly DomainError NotFound = DomainError.NotFound("challenge", "There is no such challenge (or you are not in it).");
}
