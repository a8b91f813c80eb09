using HeelChallenge.Domain.Accounts;

namespace HeelChallenge.Abstractions.Accounts;

/// <summary>
/// An account keyed by its normalised username (stream account-{username}). Its single activation makes
/// usernames unique; it maps the username to the user id and holds the password hash.
/// </summary>
[Alias("account")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Opens the account and registers the user's profile in the user's own stream.</summary>
    [Alias("open")]
    Task<CommandResult> Open(OpenAccount command);

    /// <summary>The credential to verify a password against, or null when there is no such account. Also repairs a
    /// user profile that a crash between the two writes of <see cref="Open"/> left missing.</summary>
    [Alias("get-credential")]
    Task<AccountCredential?> GetCredential();
}
