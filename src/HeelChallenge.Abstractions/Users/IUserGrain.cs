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
}
