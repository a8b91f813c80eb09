using System.Text.Json;
using System.Text.RegularExpressions;
using HeelChallenge.Gateway.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;

namespace HeelChallenge.Gateway.Problems;

/// <summary>
/// Turns binding failures (malformed JSON, unknown member, wrong type, missing body, wrong content type, body too
/// large) into 4xx problem+json that names the field. Minimal APIs throw these as BadHttpRequestException because
/// RouteHandlerOptions.ThrowOnBadRequest is on; without this handler they would be a bare 400 without a body.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    [GeneratedRegex("""parameter "(?:[^"]*\s)?(?<name>[A-Za-z_][A-Za-z0-9_]*)" """, RegexOptions.ExplicitCapture)]
    private static partial Regex ParameterName();

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var (field, message) = Describe(bad);
        var status = bad.StatusCode is >= 400 and < 500 ? bad.StatusCode : StatusCodes.Status400BadRequest;
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = ApiProblems.ForFields(status, new Dictionary<string, string[]> { [field] = [message] }, message),
            Exception = exception,
        });
    }

    internal static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        if (bad.StatusCode == StatusCodes.Status413PayloadTooLarge)
            return ("body", RequestBodyLimit.TooLargeMessage);
        if (bad.StatusCode == StatusCodes.Status415UnsupportedMediaType)
            return ("body", "Send the body as JSON with Content-Type: application/json.");
        if (FindJsonException(bad) is { } json)
            return DescribeJson(json);
        if (bad.Message.Contains("from body", StringComparison.Ordinal) || bad.Message.Contains("body was provided", StringComparison.Ordinal))
            return ("body", "A JSON body is required.");
        var name = ParameterName().Match(bad.Message);
        return name.Success
            ? (name.Groups["name"].Value, $"'{name.Groups["name"].Value}' is missing or has a value of the wrong type.")
            : ("request", bad.Message);
    }

    private static (string Field, string Message) DescribeJson(JsonException json)
    {
        var message = json.Message;
        // Syntax errors come from the reader (an internal subclass, which the serializer wraps with the path);
        // type and member errors from the serializer and our converters are plain JsonException.
        if (json.GetType() != typeof(JsonException) || json.InnerException is JsonException)
            return ("body", $"The request body is not valid JSON: {WithoutPosition(message)} (at {json.Path ?? "$"}, line {json.LineNumber + 1}, byte {json.BytePositionInLine + 1}).");
        var field = FieldOf(json.Path);
        if (message.StartsWith("The JSON property", StringComparison.Ordinal))
            return (field, $"Unknown field '{field}': this request does not accept it.");
        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            return (field, $"'{field}' has a value of the wrong type.");
        if (message.StartsWith("Duplicate property", StringComparison.Ordinal) || message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
            return (field, $"'{field}' appears more than once.");
        // Our converters write messages meant for humans; the serializer appends position noise to its own.
        return field == "body" ? (field, $"The request body cannot be read: {WithoutPosition(message)}") : (field, WithoutPosition(message));
    }

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? text[..cut] : text;
    }

    /// <summary>"$.performedAt" → "performedAt"; "$.items[2].reps" → "items[2].reps"; "$" → "body".</summary>
    internal static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body"
        : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : path.StartsWith("$['", StringComparison.Ordinal) && path.EndsWith("']", StringComparison.Ordinal) ? path[3..^2]
        : path.TrimStart('$');

    private static JsonException? FindJsonException(Exception exception)
    {
        for (var e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json) return json;
        }

        return null;
    }
}
