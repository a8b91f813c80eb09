using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>
/// Caps every /api request body at 16 KB, whatever server runs the app. Kestrel honours the endpoint metadata, but
/// the in-memory TestServer and a chunked body without Content-Length do not, so this middleware answers 413 itself:
/// at once for a declared length over the cap, and after a bounded read for a body of unknown length.
/// </summary>
public sealed class RequestBodyLimit(RequestDelegate next)
{
    public const int MaxBytes = 16 * 1024;
    public static readonly string TooLargeMessage = $"The request body is larger than {MaxBytes} bytes.";

    /// <summary>Endpoint metadata read by routing to set Kestrel's per-request body limit.</summary>
    public static readonly IRequestSizeLimitMetadata Metadata = new SizeLimit();

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (request.ContentLength > MaxBytes)
        {
            await WriteTooLargeAsync(context);
            return;
        }

        if (request.ContentLength is null && CanHaveBody(context) && !await TryBufferAsync(context))
        {
            await WriteTooLargeAsync(context);
            return;
        }

        await next(context);
    }

    private static bool CanHaveBody(HttpContext context) =>
        context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody
        ?? (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method) || HttpMethods.IsPatch(context.Request.Method));

    /// <summary>Reads at most MaxBytes + 1 bytes; on success the request body is replaced by the buffered copy.</summary>
    private static async Task<bool> TryBufferAsync(HttpContext context)
    {
        var buffer = new byte[MaxBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length
            && (read = await context.Request.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            return false;
        }

        context.Request.Body = new MemoryStream(buffer, 0, length, writable: false);
        context.Request.ContentLength = length;
        return true;
    }

    private static async Task WriteTooLargeAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = ApiProblems.ForFields(
                StatusCodes.Status413PayloadTooLarge,
                new Dictionary<string, string[]> { ["body"] = [TooLargeMessage] },
                TooLargeMessage),
        });
    }

    private sealed class SizeLimit : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => MaxBytes;
    }
}
