using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Users;

// The persisted schema of stream user-{userId}. Aliases are the stored type names: never change one; add a new
// event (or an upcaster) instead of reshaping an old one.

/// <summary>Base of every event in a user's stream; serializable so events can travel between silos (projections
/// deliver them to read models).</summary>
[GenerateSerializer, Immutable]
public abstract record UserEvent([property: Id(0)] DateTimeOffset At);

[GenerateSerializer, Immutable, Alias("user-registered.v1")]
public sealed record UserRegistered(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string Username,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string TimeZone,
    [property: Id(4)] DateTimeOffset RegisteredAt) : UserEvent(RegisteredAt);

[GenerateSerializer, Immutable, Alias("user-profile-changed.v1")]
public sealed record UserProfileChanged(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] DateTimeOffset ChangedAt) : UserEvent(ChangedAt);

[GenerateSerializer, Immutable, Alias("set-logged.v1")]
public sealed record SetLogged(
    [property: Id(0)] LoggedSet Set,
    [property: Id(1)] DateTimeOffset LoggedAt) : UserEvent(LoggedAt), IIdempotentEvent
{
    /// <summary>One SetLogged per client set id, ever: a retry can never store a second one.</summary>
    public string IdempotencyKey => "set-logged:" + Set.SetId;
}

[GenerateSerializer, Immutable, Alias("set-corrected.v1")]
public sealed record SetCorrected(
    [property: Id(0)] LoggedSet Set,
    [property: Id(1)] DateTimeOffset CorrectedAt) : UserEvent(CorrectedAt);

[GenerateSerializer, Immutable, Alias("set-voided.v1")]
public sealed record SetVoided(
    [property: Id(0)] string SetId,
    [property: Id(1)] DateTimeOffset VoidedAt) : UserEvent(VoidedAt), IIdempotentEvent
{
    public string IdempotencyKey => "set-voided:" + SetId;
}

/// <summary>
/// The client (this stream's user) lets a coach see their progress and history, with the coach's invite code.
/// Idempotent per code: a code opens at most one consent period in a stream, so a retried grant never stores two.
/// </summary>
[GenerateSerializer, Immutable, Alias("coach-access-granted.v1")]
public sealed record CoachAccessGranted(
    [property: Id(0)] Guid CoachId,
    [property: Id(1)] DateTimeOffset GrantedAt,
    [property: Id(2)] string InviteCode) : UserEvent(GrantedAt), IIdempotentEvent
{
    public string IdempotencyKey => "coach-access-granted:" + InviteCode;
}

/// <summary>The client ends a coach's access: from this event on the coach sees nothing of them.</summary>
[GenerateSerializer, Immutable, Alias("coach-access-revoked.v1")]
public sealed record CoachAccessRevoked(
    [property: Id(0)] Guid CoachId,
    [property: Id(1)] DateTimeOffset RevokedAt) : UserEvent(RevokedAt);

/// <summary>This user, as a coach, changed how their roster flags clients (inactive after N days without a set).</summary>
[GenerateSerializer, Immutable, Alias("coach-settings-changed.v1")]
public sealed record CoachSettingsChanged(
    [property: Id(0)] int InactiveAfterDays,
    [property: Id(1)] DateTimeOffset ChangedAt) : UserEvent(ChangedAt);
