namespace HeelChallenge.Abstractions.Accounts;

[GenerateSerializer, Immutable, Alias("account-credential")]
public sealed record AccountCredential([property: Id(0)] Guid UserId, [property: Id(1)] string Username, [property: Id(2)] string PasswordHash);
