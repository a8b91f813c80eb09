using Microsoft.AspNetCore.Mvc;

namespace HeelChallenge.Gateway.Problems;

/// <summary>Applied to every problem the app writes, including those the framework writes itself.</summary>
public static class GatewayProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Instance ??= context.HttpContext.Request.Path;
        problem.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        problem.Detail ??= DefaultDetail(problem.Status);

        // Framework answers about the body (e.g. the 415 for a non-JSON body) name it like our own problems do.
        if (problem is not HttpValidationProblemDetails
            && problem.Status is StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType
            && problem.Detail is { } detail)
        {
            problem.Extensions.TryAdd("errors", new Dictionary<string, string[]> { ["body"] = [detail] });
        }
    }

    private static string? DefaultDetail(int? status) => status switch
    {
        StatusCodes.Status404NotFound => "There is nothing at this address.",
        StatusCodes.Status405MethodNotAllowed => "This address does not accept this method.",
        StatusCodes.Status413PayloadTooLarge => $"The request body is larger than {Infrastructure.RequestBodyLimit.MaxBytes} bytes.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as JSON with Content-Type: application/json.",
        _ => null,
    };
}
