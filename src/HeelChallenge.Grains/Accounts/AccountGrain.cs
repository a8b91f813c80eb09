using HeelChallenge.Abstractions;
using HeelChallenge.Abstractions.Accounts;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Accounts;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Providers;

namespace HeelChallenge.Grains.Accounts;

/// <summary>
/// An account keyed by normalised username (stream account-{username}). Two durable writes open an account: the
/// account's own event, then the user's profile in the user's stream. A crash between them leaves an account
/// without a profile; <see cref="GetCredential"/> (run at every sign-in) finishes the job.
/// </summary>
[LogConsistencyProvider(ProviderName = EventSourcingDefaults.ProviderName)]
public sealed class AccountGrain(EventSourcingServices<AccountEvent> services)
    : EventSourcedGrain<AccountState, AccountEvent>(services), IAccountGrain
{
    private bool _userRegistered;

    protected override string CreateStreamId() => StreamIds.ForAccount(this.GetPrimaryKeyString());

    protected override void Apply(AccountState state, AccountEvent @event) => state.Apply(@event);

    public async Task<CommandResult> Open(OpenAccount command)
    {
        if (Usernames.Validate(command.Username) is null && Usernames.Normalize(command.Username) != this.GetPrimaryKeyString())
            return CommandResult.Refused([DomainError.Invalid("username", "The username does not match the account it was sent to.")]);

        // The very same request again (same user id) is a retry, not a second account: finish it and accept.
        if (!(State.IsRegistered && State.UserId == command.UserId))
        {
            var errors = await RaiseAndConfirm(AccountDecider.Register(State, command, Now));
            if (errors.Count > 0) return CommandResult.Refused(errors);
        }

        return await EnsureUserRegistered();
    }

    public async Task<AccountCredential?> GetCredential()
    {
        // "No such account" is confirmed against the log before it is said: while silos join or leave a cluster,
        // Orleans can briefly run a second activation of this grain that loaded its state before the account was
        // opened elsewhere (an end-to-end test saw a fresh account refused at sign-in on the other host).
        if (!State.IsRegistered) await RefreshNow();
        if (!State.IsRegistered) return null;
        if (!_userRegistered)
        {
            var result = await EnsureUserRegistered();
            if (!result.IsAccepted)
                Logger.LogError("Account {Username} cannot register its user {UserId}: {Errors}", State.Username, State.UserId, result.Errors);
        }

        return new AccountCredential(State.UserId, State.Username!, State.PasswordHash!);
    }

    /// <summary>Idempotent: the user grain raises nothing when the same username is already registered.</summary>
    private async Task<CommandResult> EnsureUserRegistered()
    {
        var user = GrainFactory.Reference<IUserGrain>(State.UserId);
        var result = await user.Register(new RegisterUser(State.Username!, State.DisplayName, State.TimeZone));
        _userRegistered = result.IsAccepted;
        return result;
    }
}
