using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

/// <summary>
/// Pure decisions over a challenge: given its state, a command and the time, which events to raise. Refusals name
/// the field they concern: 404 <c>challengeId</c> (missing, or private and the caller is not in it), 409 <c>status</c>
/// (ended/cancelled), <c>endsAt</c> (over) or <c>capacity</c> (full), 403 <c>challengeId</c> (not the owner).
/// </summary>
public static class ChallengeDecider
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCapacity = 100_000;
    public static readonly TimeSpan MaxWindow = TimeSpan.FromDays(366);

    /// <summary>
    /// The owner joins their own challenge in the same atomic batch (and counts towards its capacity): creating a
    /// challenge to share its invite code means taking part. The owner may leave afterwards and rejoin without a code.
    /// </summary>
    public static Decision<ChallengeEvent> Create(
        ChallengeState state, Guid challengeId, CreateChallenge c, string inviteCode, string ownerDisplayName, ExerciseCatalog catalog, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (state.Exists)
        {
            return state.OwnerId == c.OwnerId && state.Name == c.Name?.Trim()
                ? Decision<ChallengeEvent>.Nothing()
                : Decision<ChallengeEvent>.Refuse(DomainError.Conflict("challengeId", "This challenge already exists."));
        }

        var errors = ChallengeRules.Validate(c, catalog, now);
        if (errors.Count > 0) return Decision<ChallengeEvent>.Refuse(errors);
        if (!InviteCodes.IsWellFormed(inviteCode)) throw new ArgumentException($"'{inviteCode}' is not an invite code.", nameof(inviteCode));
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerDisplayName);

        var program = c.Program is null ? ChallengeProgram.Default(catalog).Items : c.Program.Select(p => p!).ToArray();
        return Decision<ChallengeEvent>.Raise(
            new ChallengeCreated(
                challengeId, c.OwnerId, c.Name!.Trim(), string.IsNullOrWhiteSpace(c.Description) ? null : c.Description.Trim(), program,
                c.StartsAt!.Value, c.EndsAt!.Value, c.TimeZone!, c.Visibility!, inviteCode, c.Capacity, now),
            new ParticipantJoined(c.OwnerId, ownerDisplayName, now));
    }

    /// <summary>
    /// Joining twice is a no-op (even once the challenge is closed or full). A private challenge needs its invite
    /// code, a public one does not; its owner needs none. Someone who may not join learns nothing: 404.
    /// </summary>
    public static Decision<ChallengeEvent> Join(ChallengeState state, JoinChallenge c, string displayName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (!state.Exists) return Decision<ChallengeEvent>.Refuse(NotFound);
        if (state.Participants.ContainsKey(c.UserId)) return Decision<ChallengeEvent>.Nothing();
        var admitted = state.OwnerId == c.UserId
            || (c.InviteCode is null ? state.Visibility == ChallengeVisibility.Public : InviteCodes.Normalize(c.InviteCode) == state.InviteCode);
        if (!admitted) return Decision<ChallengeEvent>.Refuse(NotFound);
        if (state.Status != ChallengeStatus.Active)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("status", $"This challenge was {state.Status}; it takes no new participants."));
        if (now >= state.EndsAt)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("endsAt", "This challenge is over; it takes no new participants."));
        if (state.Capacity is { } capacity && state.Participants.Count >= capacity)
            return Decision<ChallengeEvent>.Refuse(DomainError.Conflict("capacity", $"This challenge is full ({capacity} participants)."));
        ArgumentException.ThrowIfNullOrWhiteSpace(displayName);
        return Decision<ChallengeEvent>.Raise(new ParticipantJoined(c.UserId, displayName, now));
    }

    /// <summary>
    /// Leaving is idempotent: leaving a challenge you are not in succeeds and raises nothing — if you may see it (public,
    /// yours, or one you left). A private challenge stays hidden from everyone else: not found, as for reads.
    /// </summary>
    public static Decision<ChallengeEvent> Leave(ChallengeState state, Guid userId, DateTimeOffset now) =>
        !state.Exists ? Decision<ChallengeEvent>.Refuse(NotFound)
        : state.Participants.ContainsKey(userId) ? Decision<ChallengeEvent>.Raise(new ParticipantLeft(userId, now))
        : state.IsVisibleTo(userId) || state.FormerParticipants.Contains(userId) ? Decision<ChallengeEvent>.Nothing()
        : Decision<ChallengeEvent>.Refuse(NotFound);

    public static Decision<ChallengeEvent> End(ChallengeState state, Guid callerId, DateTimeOffset now) =>
        Close(state, callerId, ChallengeStatus.Ended, () => new ChallengeEnded(now));

    public static Decision<ChallengeEvent> Cancel(ChallengeState state, Guid callerId, DateTimeOffset now) =>
        Close(state, callerId, ChallengeStatus.Cancelled, () => new ChallengeCancelled(now));

    /// <summary>Only the owner closes; asking twice for the same is a no-op; ended and cancelled exclude each other.</summary>
    private static Decision<ChallengeEvent> Close(ChallengeState state, Guid callerId, string target, Func<ChallengeEvent> closed)
    {
        if (!state.Exists) return Decision<ChallengeEvent>.Refuse(NotFound);
        if (state.OwnerId != callerId)
        {
            return state.IsVisibleTo(callerId)
                ? Decision<ChallengeEvent>.Refuse(DomainError.Forbidden("challengeId", "Only the owner can end or cancel a challenge."))
                : Decision<ChallengeEvent>.Refuse(NotFound);
        }

        if (state.Status == target) return Decision<ChallengeEvent>.Nothing();
        return state.Status != ChallengeStatus.Active
            ? Decision<ChallengeEvent>.Refuse(DomainError.Conflict("status", $"This challenge was already {state.Status}."))
            : Decision<ChallengeEvent>.Raise(closed());
    }

    private static readonly DomainError NotFound =
        DomainError.NotFound("challengeId", "There is no such challenge (or it is private and you are not in it).");
}
