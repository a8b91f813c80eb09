using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Users;

/// <summary>Pure decisions over a user's state: given the state, a command and the time, which events to raise.</summary>
public static class UserDecider
{
    public const int MaxDisplayNameLength = 64;

    public static Decision<UserEvent> Register(UserState state, Guid userId, RegisterUser command, DateTimeOffset now)
    {
        if (state.IsRegistered)
        {
            return state.Username == command.Username
                ? Decision<UserEvent>.Nothing()
                : Decision<UserEvent>.Refuse(DomainError.Conflict("userId", "This user is already registered."));
        }

        var errors = ValidateProfile(command.DisplayName, command.TimeZone);
        return errors.Count > 0
            ? Decision<UserEvent>.Refuse(errors)
            : Decision<UserEvent>.Raise(new UserRegistered(userId, command.Username, command.DisplayName.Trim(), command.TimeZone, now));
    }

    public static Decision<UserEvent> ChangeProfile(UserState state, ChangeProfile command, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        var displayName = command.DisplayName?.Trim() ?? state.DisplayName;
        var timeZone = command.TimeZone ?? state.TimeZone;
        var errors = ValidateProfile(displayName, timeZone);
        if (errors.Count > 0) return Decision<UserEvent>.Refuse(errors);
        return displayName == state.DisplayName && timeZone == state.TimeZone
            ? Decision<UserEvent>.Nothing()
            : Decision<UserEvent>.Raise(new UserProfileChanged(displayName, timeZone, now));
    }

    /// <summary>Same set id with the same content as first logged: nothing to do (a retry). Other content: conflict.</summary>
    public static Decision<UserEvent> LogSet(UserState state, LoggedSet set, ExerciseCatalog catalog, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (state.Sets.TryGetValue(set.SetId, out var existing))
        {
            return existing.Original.SameContentAs(set)
                ? Decision<UserEvent>.Nothing()
                : Decision<UserEvent>.Refuse(DomainError.Conflict("setId",
                    $"Set '{set.SetId}' was already logged with different values; use PUT /api/me/sets/{set.SetId} to correct it."));
        }

        var errors = SetRules.Validate(set, catalog, now);
        return errors.Count > 0 ? Decision<UserEvent>.Refuse(errors) : Decision<UserEvent>.Raise(new SetLogged(set, now));
    }

    public static Decision<UserEvent> CorrectSet(UserState state, LoggedSet set, ExerciseCatalog catalog, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (!state.Sets.TryGetValue(set.SetId, out var existing))
            return Decision<UserEvent>.Refuse(DomainError.NotFound("setId", $"There is no set '{set.SetId}'."));
        if (existing.Voided)
            return Decision<UserEvent>.Refuse(DomainError.Conflict("setId", $"Set '{set.SetId}' was voided and cannot be corrected."));

        var errors = SetRules.Validate(set, catalog, now);
        if (errors.Count > 0) return Decision<UserEvent>.Refuse(errors);
        return existing.Current.SameContentAs(set) ? Decision<UserEvent>.Nothing() : Decision<UserEvent>.Raise(new SetCorrected(set, now));
    }

    /// <summary>Voiding is idempotent: voiding a voided set succeeds and raises nothing.</summary>
    public static Decision<UserEvent> VoidSet(UserState state, string setId, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (!state.Sets.TryGetValue(setId, out var existing))
            return Decision<UserEvent>.Refuse(DomainError.NotFound("setId", $"There is no set '{setId}'."));
        return existing.Voided ? Decision<UserEvent>.Nothing() : Decision<UserEvent>.Raise(new SetVoided(setId, now));
    }

    /// <summary>
    /// The client accepts a coach (whose invite code was just redeemed for them). A coach cannot coach themselves
    /// (400); a coach who is already current is an idempotent repeat (nothing raised); a code that already opened a
    /// consent period in this stream cannot open another one (410: ask the coach for a new code).
    /// </summary>
    public static Decision<UserEvent> GrantCoachAccess(UserState state, Guid coachId, string inviteCode, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (coachId == state.UserId) return Decision<UserEvent>.Refuse(SelfCoaching);
        if (state.Coaches.ContainsKey(coachId)) return Decision<UserEvent>.Nothing();
        return state.UsedInviteCode(inviteCode)
            ? Decision<UserEvent>.Refuse(DomainError.Gone("code", "This invite code was already used; ask your coach for a new one."))
            : Decision<UserEvent>.Raise(new CoachAccessGranted(coachId, now, inviteCode));
    }

    /// <summary>
    /// The client ends a coach's access. Revoking a coach who was a coach before but is no longer current is an
    /// idempotent repeat (nothing raised, so a retried DELETE answers 204 again); a coach who never had this client's
    /// consent is unknown (404), so a mistyped id does not pass silently.
    /// </summary>
    public static Decision<UserEvent> RevokeCoachAccess(UserState state, Guid coachId, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (state.Coaches.ContainsKey(coachId)) return Decision<UserEvent>.Raise(new CoachAccessRevoked(coachId, now));
        return state.Consents.Exists(c => c.CoachId == coachId)
            ? Decision<UserEvent>.Nothing()
            : Decision<UserEvent>.Refuse(DomainError.NotFound("coachId", "This user is not one of your coaches."));
    }

    public const int MaxInactiveAfterDays = 90;

    /// <summary>The roster's inactivity threshold N, 1..90 days; the same value again raises nothing.</summary>
    public static Decision<UserEvent> ChangeCoachSettings(UserState state, int inactiveAfterDays, DateTimeOffset now)
    {
        if (!state.IsRegistered) return Decision<UserEvent>.Refuse(NoSuchUser);
        if (inactiveAfterDays is < 1 or > MaxInactiveAfterDays)
            return Decision<UserEvent>.Refuse(DomainError.Invalid("inactiveAfterDays", $"inactiveAfterDays must be 1..{MaxInactiveAfterDays}."));
        return inactiveAfterDays == state.CoachInactiveAfterDays
            ? Decision<UserEvent>.Nothing()
            : Decision<UserEvent>.Raise(new CoachSettingsChanged(inactiveAfterDays, now));
    }

    public static readonly DomainError SelfCoaching = DomainError.Invalid("code", "This is your own invite code: a coach cannot coach themselves.");

    private static readonly DomainError NoSuchUser = DomainError.NotFound("user", "This user does not exist.");

    public static List<DomainError> ValidateProfile(string? displayName, string? timeZone)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(displayName) || displayName.Trim().Length > MaxDisplayNameLength)
            errors.Add(DomainError.Invalid("displayName", $"displayName must be 1..{MaxDisplayNameLength} characters."));
        if (!TimeZones.IsValid(timeZone))
            errors.Add(DomainError.Invalid("timeZone", $"'{timeZone}' is not an IANA time zone (e.g. 'Europe/Paris')."));
        return errors;
    }
}
