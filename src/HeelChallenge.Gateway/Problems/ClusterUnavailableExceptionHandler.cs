using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;

namespace HeelChallenge.Gateway.Problems;

/// <summary>
/// A grain call that could not reach its silo (a silo just died and the cluster has not yet declared it dead, or the
/// call timed out) is a transient outage, not a bug: 503 problem+json with Retry-After, so clients and load
/// balancers retry — the cluster re-activates the grain elsewhere within seconds. Nothing was stored by a call that
/// failed this way, or it was stored idempotently (retrying with the same set id is safe).
/// </summary>
public sealed class ClusterUnavailableExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsTransient(exception)) return false;
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = ApiProblems.Plain(StatusCodes.Status503ServiceUnavailable,
                $"Part of the service is moving to another server. Retry in {RetryAfterSeconds} seconds; a retry with the same ids is safe."),
            Exception = exception,
        });
    }

    public static bool IsTransient(Exception exception) => exception switch
    {
        OrleansMessageRejectionException or TimeoutException => true,
        AggregateException { InnerExceptions: [var single] } => IsTransient(single),
        _ => false,
    };
}
