using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Accounts;

/// <summary>Pure decisions over an account. The single activation of the account grain makes usernames unique.</summary>
public static class AccountDecider
{
    public static Decision<AccountEvent> Register(AccountState state, OpenAccount command, DateTimeOffset now)
    {
        if (state.IsRegistered)
            return Decision<AccountEvent>.Refuse(DomainError.Conflict("username", $"The username '{command.Username}' is taken."));

        var errors = new List<DomainError>();
        if (Usernames.Validate(command.Username) is { } usernameError) errors.Add(usernameError);
        errors.AddRange(UserDecider.ValidateProfile(command.DisplayName, command.TimeZone));
        if (string.IsNullOrEmpty(command.PasswordHash)) errors.Add(DomainError.Invalid("password", "password is required."));
        return errors.Count > 0
            ? Decision<AccountEvent>.Refuse(errors)
            : Decision<AccountEvent>.Raise(new AccountRegistered(
                command.UserId, Usernames.Normalize(command.Username), command.PasswordHash,
                command.DisplayName.Trim(), command.TimeZone, now));
    }
}
