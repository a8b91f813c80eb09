using HeelChallenge.Domain.Users;

namespace HeelChallenge.Abstractions.Users;

/// <summary>
/// One user's write side (stream user-{userId}) and the reads served straight from it. Every command answers only
/// after its events are durable.
/// </summary>
[Alias("user")]
public interface IUserGrain : IGrainWithGuidKey
{
    [Alias("register")]
    Task<CommandResult> Register(RegisterUser command);

    [Alias("change-profile")]
    Task<CommandResult> ChangeProfile(ChangeProfile command);

    [Alias("log-set")]
    Task<SetCommandResult> LogSet(LoggedSet set);

    [Alias("correct-set")]
    Task<SetCommandResult> CorrectSet(LoggedSet set);

    [Alias("void-set")]
    Task<SetCommandResult> VoidSet(string setId);

    [Alias("get-profile"), ReadOnly]
    Task<UserProfile?> GetProfile();

    [Alias("get-set"), ReadOnly]
    Task<SetView?> GetSet(string setId);

    [Alias("get-sets"), ReadOnly]
    Task<SetPage> GetSets(SetQuery query);

    [Alias("get-summary"), ReadOnly]
    Task<IReadOnlyList<ExerciseSummary>> GetSummary();

    /// <summary>
    /// This user (the client) accepts a coach's invite code: redeems the code for them, then grants the coach access
    /// in this stream. Retrying with the same code is safe at any point.
    /// </summary>
    [Alias("accept-coach-invite")]
    Task<CoachAccessResult> AcceptCoachInvite(string code);

    /// <summary>Ends a coach's access; again for a former coach: accepted, nothing stored; never a coach: 404.</summary>
    [Alias("revoke-coach-access")]
    Task<CommandResult> RevokeCoachAccess(Guid coachId);

    /// <summary>
    /// The authoritative consent check of every coach read: the coach's current consent period, or null when the
    /// coach has no current consent of this user (or the user does not exist).
    /// </summary>
    [Alias("get-coach-access"), ReadOnly]
    Task<CoachConsent?> GetCoachAccess(Guid coachId);

    /// <summary>This user as a coach: the roster's inactivity threshold (1..90 days).</summary>
    [Alias("change-coach-settings")]
    Task<CommandResult> ChangeCoachSettings(int inactiveAfterDays);

    [Alias("get-coach-settings"), ReadOnly]
    Task<CoachSettings> GetCoachSettings();

    /// <summary>Every consent period (current ones have no RevokedAt), in the order granted.</summary>
    [Alias("get-coach-consents"), ReadOnly]
    Task<IReadOnlyList<CoachConsent>> GetCoachConsents();
}
