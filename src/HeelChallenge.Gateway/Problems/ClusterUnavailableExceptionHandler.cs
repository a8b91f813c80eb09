using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace HeelChallenge.Gateway.Problems;

/// <summary>
/// A grain call that could not reach its silo (a host just died and the cluster has not yet declared it dead) or got
/// no answer in time is a transient outage, not a bug in the request: 503 problem+json with Retry-After, so clients
/// and load balancers come back — the cluster re-activates the grain elsewhere within seconds. The call may or may
/// not have happened, so the detail promises only what holds: logging a set again with the same set id never stores
/// it twice. Logged as a warning with the exception (a timeout can also be a bug, e.g. a call cycle).
/// </summary>
public sealed partial class ClusterUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<ClusterUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsTransient(exception)) return false;
        LogUnavailable(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A client that does not take JSON (an EventSource) gets the status and Retry-After without a body.
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = ApiProblems.Plain(StatusCodes.Status503ServiceUnavailable,
                $"Part of the service is moving to another server or did not answer in time. Retry in {RetryAfterSeconds} seconds; a set logged again with the same setId is never stored twice."),
            Exception = exception,
        });
        return true;
    }

    public static bool IsTransient(Exception exception) => exception switch
    {
        // Orleans hands on the exception a rejection carried: a connection failure can arrive as itself.
        OrleansMessageRejectionException or Orleans.Runtime.Messaging.ConnectionFailedException or TimeoutException => true,
        // A gateway shedding load: it passes once the cluster settles.
        GatewayTooBusyException => true,
        // While a dead silo is still in the membership table, a directory lookup that maps to it fails with this plain
        // OrleansException and no type of its own; Orleans' message asks for a retry, which is what 503 says.
        { } e when e.GetType() == typeof(OrleansException) && e.Message.EndsWith("Retry later.", StringComparison.Ordinal) => true,
        AggregateException { InnerExceptions: [var single] } => IsTransient(single),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path}: a grain call failed to reach its silo or timed out; answered 503.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string method, string path);
}
