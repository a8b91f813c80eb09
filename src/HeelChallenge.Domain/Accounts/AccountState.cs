namespace HeelChallenge.Domain.Accounts;

/// <summary>The fold of an account stream: which user the username belongs to and its credential.
/// Serializable because Orleans deep-copies the grain's initial and tentative state.</summary>
[GenerateSerializer, Alias("account-state")]
public sealed class AccountState
{
    [Id(0)] public Guid UserId { get; set; }

    [Id(1)] public string? Username { get; set; }

    [Id(2)] public string? PasswordHash { get; set; }

    [Id(3)] public string DisplayName { get; set; } = "";

    [Id(4)] public string TimeZone { get; set; } = "UTC";

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
