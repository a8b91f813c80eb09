using HeelChallenge.Domain.Common;
using Microsoft.AspNetCore.Mvc;

namespace HeelChallenge.Gateway.Problems;

/// <summary>RFC 9457 problem results. Validation problems name each offending field in "errors".</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Validation(FieldErrors errors) =>
        Fields(StatusCodes.Status400BadRequest, errors);

    public static ProblemHttpResult Validation(string field, string message) =>
        Validation(new FieldErrors().Add(field, message));

    public static ProblemHttpResult NotFound(string field, string message) =>
        Fields(StatusCodes.Status404NotFound, new FieldErrors().Add(field, message));

    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(Plain(StatusCodes.Status401Unauthorized, detail));

    public static ProblemDetails Plain(int status, string detail) =>
        new() { Status = status, Title = TitleOf(status), Detail = detail, Type = TypeOf(status) };

    /// <summary>A refused domain command: 404 if anything was not found (it hides the rest), else 403, else 410 for
    /// something expired, else 409 for conflicts, else 400.</summary>
    public static ProblemHttpResult FromDomain(IReadOnlyList<DomainError> errors)
    {
        var status = errors.Any(e => e.Kind == ErrorKind.NotFound) ? StatusCodes.Status404NotFound
            : errors.Any(e => e.Kind == ErrorKind.Forbidden) ? StatusCodes.Status403Forbidden
            : errors.Any(e => e.Kind == ErrorKind.Gone) ? StatusCodes.Status410Gone
            : errors.Any(e => e.Kind == ErrorKind.Conflict) ? StatusCodes.Status409Conflict
            : StatusCodes.Status400BadRequest;
        return Fields(status, new FieldErrors().AddNew(errors));
    }

    public static ProblemHttpResult Fields(int status, FieldErrors errors) =>
        TypedResults.Problem(ForFields(status, errors.ToDictionary(), errors.Summary()));

    public static HttpValidationProblemDetails ForFields(int status, IDictionary<string, string[]> errors, string detail) =>
        new(errors)
        {
            Status = status,
            Title = TitleOf(status),
            Detail = detail,
            Type = TypeOf(status),
        };

    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is invalid.",
        StatusCodes.Status401Unauthorized => "Authentication is required.",
        StatusCodes.Status403Forbidden => "Not allowed.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status409Conflict => "The request conflicts with what is stored.",
        StatusCodes.Status410Gone => "No longer available.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON.",
        StatusCodes.Status429TooManyRequests => "Too many requests.",
        StatusCodes.Status503ServiceUnavailable => "Temporarily unavailable.",
        _ => "The request failed.",
    };

    public static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status401Unauthorized => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        StatusCodes.Status403Forbidden => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        StatusCodes.Status410Gone => "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        StatusCodes.Status413PayloadTooLarge => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        StatusCodes.Status415UnsupportedMediaType => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        StatusCodes.Status429TooManyRequests => "https://tools.ietf.org/html/rfc6585#section-4",
        StatusCodes.Status503ServiceUnavailable => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ => "about:blank",
    };
}
