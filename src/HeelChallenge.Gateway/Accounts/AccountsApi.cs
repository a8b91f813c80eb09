using HeelChallenge.Abstractions.Accounts;
using HeelChallenge.Domain.Accounts;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Accounts;

public static class AccountsApi
{
    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/accounts")
            .WithTags("Accounts")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.PerIp);

        api.MapPost("", CreateAccount)
            .WithName("CreateAccount")
            .WithSummary("Create an account (username, password, display name, IANA time zone).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    /// <summary>Validates everything before hashing (PBKDF2 is deliberately slow); the account grain keyed by the
    /// normalised username decides uniqueness, so "Ada" and "ada" cannot both exist.</summary>
    public static async Task<Results<Created<CreateAccountResponse>, ProblemHttpResult>> CreateAccount(
        CreateAccountRequest request, IGrainFactory grains, PasswordHashing passwords)
    {
        var errors = new FieldErrors();
        if (Usernames.Validate(request.Username) is { } username) errors.Add(username.Field, username.Detail);
        if (Usernames.ValidatePassword(request.Password) is { } password) errors.Add(password.Field, password.Detail);
        errors.AddNew(UserDecider.ValidateProfile(request.DisplayName, request.TimeZone));
        if (errors.Any) return ApiProblems.Validation(errors);

        var userId = Guid.NewGuid();
        var command = new OpenAccount(
            request.Username!.Trim(), userId, passwords.Hash(request.Password!), request.DisplayName!.Trim(), request.TimeZone!);
        var result = await grains.GetGrain<IAccountGrain>(Usernames.Normalize(request.Username)).Open(command);
        return result.IsAccepted
            ? TypedResults.Created("/api/me", new CreateAccountResponse(userId))
            : ApiProblems.FromDomain(result.Errors);
    }
}
