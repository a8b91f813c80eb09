namespace HeelChallenge.Gateway.Accounts;

public sealed record CreateAccountResponse(Guid UserId);
