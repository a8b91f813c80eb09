using HeelChallenge.Gateway.Problems;
using Microsoft.IdentityModel.Tokens;

namespace HeelChallenge.Gateway.Auth;

/// <summary>The 401 of both bearer schemes: problem+json with a detail that says what to do; WWW-Authenticate kept.</summary>
public static class BearerChallenge
{
    public static async Task WriteAsync(HttpContext context, Exception? failure)
    {
        var detail = failure switch
        {
            SecurityTokenExpiredException => "The bearer token has expired; get a new one from POST /api/auth/token.",
            not null => "The bearer token is not valid.",
            null => "This endpoint needs a bearer token: get one from POST /api/auth/token and send 'Authorization: Bearer <token>'.",
        };
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.Plain(StatusCodes.Status401Unauthorized, detail),
        });
    }
}
