using HeelChallenge.Abstractions.Accounts;
using HeelChallenge.Domain.Accounts;
using HeelChallenge.Gateway.Infrastructure;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Auth;

public static class AuthApi
{
    private const string BadCredentials = "The username or password is wrong.";

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/auth")
            .WithTags("Auth")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.PerIp);

        api.MapPost("/token", IssueToken)
            .WithName("IssueToken")
            .WithSummary("Exchange a username and password for a bearer token.");
        return app;
    }

    /// <summary>Same 401 whether the user is unknown or the password wrong, and a hash check runs in both cases.</summary>
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueToken(
        TokenRequest request, IGrainFactory grains, PasswordHashing passwords, TokenIssuer tokens)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(request.Username)) errors.Add("username", "username is required.");
        if (string.IsNullOrEmpty(request.Password)) errors.Add("password", "password is required.");
        if (errors.Any) return ApiProblems.Validation(errors);

        var credential = Usernames.Validate(request.Username) is null
            ? await grains.GetGrain<IAccountGrain>(Usernames.Normalize(request.Username!)).GetCredential()
            : null;
        if (!passwords.Verify(credential?.PasswordHash, request.Password!) || credential is null)
        {
            return ApiProblems.Unauthorized(BadCredentials);
        }

        var token = tokens.Issue(credential.UserId, credential.Username);
        return TypedResults.Ok(new TokenResponse(token.AccessToken, "Bearer", token.ExpiresAt, credential.UserId));
    }
}
