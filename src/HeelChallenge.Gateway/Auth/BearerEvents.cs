using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>JwtBearer events shared by the local and external schemes.</summary>
public static class BearerEvents
{
    /// <summary>Refuses a local token whose subject is not a user id (it cannot come from us unless the key leaked).</summary>
    public static Task RequireUserId(TokenValidatedContext context)
    {
        if (context.Principal is null || !context.Principal.TryGetUserId(out _))
        {
            context.Fail("The token has no user id.");
        }

        return Task.CompletedTask;
    }

    /// <summary>401 as problem+json with a detail that says what to do; the WWW-Authenticate header stays.</summary>
    public static async Task WriteProblem(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            SecurityTokenExpiredException => "The bearer token has expired; get a new one from POST /api/auth/token.",
            not null => "The bearer token is not valid.",
            null => "This endpoint needs a bearer token: get one from POST /api/auth/token and send 'Authorization: Bearer <token>'.",
        };
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context.HttpContext,
            ProblemDetails = ApiProblems.Plain(StatusCodes.Status401Unauthorized, detail),
        });
    }
}
