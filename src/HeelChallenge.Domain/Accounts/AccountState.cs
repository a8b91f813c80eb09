namespace HeelChallenge.Domain.Accounts;

/// <summary>The fold of an account stream: which user the username belongs to and its credential.</summary>
public sealed class AccountState
{
    public Guid UserId { get; set; }

    public string? Username { get; set; }

    public string? PasswordHash { get; set; }

    public string DisplayName { get; set; } = "";

    public string TimeZone { get; set; } = "UTC";

    public bool IsRegistered => PasswordHash is not null;

    public void Apply(AccountEvent e)
    {
        switch (e)
        {
            case AccountRegistered r when !IsRegistered:
                UserId = r.UserId;
                Username = r.Username;
                PasswordHash = r.PasswordHash;
                DisplayName = r.DisplayName;
                TimeZone = r.TimeZone;
                break;
            case AccountPasswordChanged c:
                PasswordHash = c.PasswordHash;
                break;
            default:
                break;
        }
    }
}
