using Microsoft.Net.Http.Headers;

namespace HeelChallenge.Gateway.Exercises;

public static class ExercisesApi
{
    /// <summary>Clients may cache for an hour and then revalidate cheaply with If-None-Match.</summary>
    public const string CacheControl = "public, max-age=3600";

    public static IEndpointRouteBuilder MapExercisesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/exercises", GetExercises)
            .WithTags("Exercises")
            .WithName("GetExercises")
            .WithSummary("The exercise catalog: the eight exercises with their default prescriptions.")
            .AllowAnonymous();
        return app;
    }

    public static Results<Ok<IReadOnlyList<ExerciseResponse>>, StatusCodeHttpResult> GetExercises(HttpContext context, CatalogDocument catalog)
    {
        var headers = context.Response.Headers;
        headers.ETag = catalog.ETag;
        headers.CacheControl = CacheControl;
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        return ifNoneMatch.Length > 0
               && (ifNoneMatch.Trim() == "*" || EntityTagHeaderValue.ParseList([ifNoneMatch]).Any(t => t.Tag == catalog.ETag))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(catalog.Exercises);
    }
}
