using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>
/// The problem+json answers an operation can give, read from its metadata instead of repeated on each endpoint: 400
/// when it takes input (the problem names the field), 413 when it takes a body, 401 unless anonymous, 403 when it
/// needs a role, 404 when its route names something (absent, or not the caller's to see), 429 when rate limited.
/// Conflicts (409) are declared where they are mapped.
/// </summary>
internal static class OpenApiProblemResponses
{
    private const string ProblemSchema = "ProblemDetails";

    public static async Task AddAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var takesBody = description.ParameterDescriptions.Any(p => p.Source.Id == "Body");
        var takesInput = takesBody || description.ParameterDescriptions.Count > 0;
        var namesSomething = description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
        var needsRole = metadata.OfType<AuthorizationPolicy>().Any(p => p.Requirements.OfType<RolesAuthorizationRequirement>().Any());

        var wanted = new List<(int Status, string Description)>();
        if (takesInput) wanted.Add((StatusCodes.Status400BadRequest, "Invalid input: the problem's errors name each field."));
        if (!metadata.OfType<IAllowAnonymous>().Any()) wanted.Add((StatusCodes.Status401Unauthorized, "No valid bearer token."));
        if (needsRole) wanted.Add((StatusCodes.Status403Forbidden, "The token lacks the role this needs."));
        if (namesSomething) wanted.Add((StatusCodes.Status404NotFound, "Nothing by that name, or not yours to see."));
        if (takesBody) wanted.Add((StatusCodes.Status413PayloadTooLarge, "The body is larger than the limit."));
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) wanted.Add((StatusCodes.Status429TooManyRequests, "Rate limited; see Retry-After."));
        if (wanted.Count == 0) return;

        var schema = await ProblemSchemaReference(context, cancellationToken);
        operation.Responses ??= [];
        foreach (var (status, text) in wanted)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (operation.Responses.ContainsKey(key)) continue;
            operation.Responses[key] = new OpenApiResponse
            {
                Description = text,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
            };
        }
    }

    private static async Task<IOpenApiSchema> ProblemSchemaReference(OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
        {
            document.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken));
        }

        return new OpenApiSchemaReference(ProblemSchema, document);
    }
}
