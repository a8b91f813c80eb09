using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Admin;

/// <summary>
/// /api/admin/projections, for users with the admin role (usernames listed in Auth:Admins): watch each projection and
/// rebuild it online from the log. A rebuild answers 202 at once; the service keeps answering while boards fill back up.
/// </summary>
public static class ProjectionsAdminApi
{
    public static IEndpointRouteBuilder MapProjectionsAdminApi(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/projections")
            .WithTags("Admin")
            .RequireAuthorization(policy => policy.RequireRole(TokenClaims.AdminRole));
        admin.MapGet("", ListProjections).WithName("ListProjections").WithSummary("Every projection's status.");
        admin.MapGet("/{kind}", GetProjection).WithName("GetProjection").WithSummary("One projection's status and rebuild progress.");
        admin.MapPost("/rebuild", RebuildProjections).WithName("RebuildProjections")
            .WithSummary("Replay the log from position 0 into fresh read models (?kind= one projection; default all). 202 + status.");
        return app;
    }

    public static async Task<Ok<IReadOnlyList<ProjectionStatusResponse>>> ListProjections(IGrainFactory grains)
    {
        var statuses = await Task.WhenAll(ProjectionKinds.All.Select(kind => grains.GetGrain<IProjectorGrain>(kind).GetStatus()));
        return TypedResults.Ok<IReadOnlyList<ProjectionStatusResponse>>([.. statuses.Select(ProjectionStatusResponse.From)]);
    }

    public static async Task<Results<Ok<ProjectionStatusResponse>, ProblemHttpResult>> GetProjection(string kind, IGrainFactory grains)
    {
        if (!ProjectionKinds.All.Contains(kind)) return UnknownKind(kind);
        return TypedResults.Ok(ProjectionStatusResponse.From(await grains.GetGrain<IProjectorGrain>(kind).GetStatus()));
    }

    public static async Task<Results<Accepted<IReadOnlyList<ProjectionStatusResponse>>, ProblemHttpResult>> RebuildProjections(IGrainFactory grains, string? kind)
    {
        if (kind is not null && !ProjectionKinds.All.Contains(kind)) return UnknownKind(kind);
        var kinds = kind is null ? ProjectionKinds.All : [kind];
        var statuses = await Task.WhenAll(kinds.Select(k => grains.GetGrain<IProjectorGrain>(k).StartRebuild()));
        var location = kinds.Count == 1 ? "/api/admin/projections/" + kinds[0] : "/api/admin/projections";
        return TypedResults.Accepted<IReadOnlyList<ProjectionStatusResponse>>(location, [.. statuses.Select(ProjectionStatusResponse.From)]);
    }

    private static ProblemHttpResult UnknownKind(string kind) =>
        ApiProblems.NotFound("kind", $"There is no projection '{kind}'. Known: {string.Join(", ", ProjectionKinds.All)}.");
}
