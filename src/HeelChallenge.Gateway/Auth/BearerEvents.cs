using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace HeelChallenge.Gateway.Auth;

/// <summary>JwtBearer events of the external (OIDC) scheme.</summary>
public static class BearerEvents
{
    /// <summary>401 as problem+json, the same answer as for our own tokens.</summary>
    public static Task WriteProblem(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        return BearerChallenge.WriteAsync(context.HttpContext, context.AuthenticateFailure);
    }
}
