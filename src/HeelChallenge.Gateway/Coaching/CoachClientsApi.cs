using System.Security.Claims;
using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Export;
using HeelChallenge.Gateway.Problems;
using HeelChallenge.Gateway.Progress;

namespace HeelChallenge.Gateway.Coaching;

/// <summary>
/// What a coach sees of clients. The list comes from the coach's roster (only clients whose consent is current); a
/// read of one client asks that client's own grain for the consent first, every time, and answers 404 without it.
/// </summary>
public static class CoachClientsApi
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 100;

    public static RouteGroupBuilder MapCoachClientsApi(this RouteGroupBuilder coach)
    {
        coach.MapGet("/clients", ListClients).WithName("ListClients")
            .WithSummary("Your clients with current consent and their figures; ?sort=needsAttention (default)|name|adherence7|lastActive (a leading '-' reverses), ?limit= (1..100, default 50), ?cursor=.");
        coach.MapGet("/clients/{userId:guid}/progress", GetClientProgress).WithName("GetClientProgress")
            .WithSummary("A consenting client's progress (?days= 1..366, default 30); 404 without current consent.");
        coach.MapGet("/clients/{userId:guid}/export", ExportClient).WithName("ExportClient")
            .WithSummary("A consenting client's profile and every set, as JSON or CSV (404 without current consent).");
        return coach;
    }

    public static async Task<Results<Ok<RosterPageResponse>, ProblemHttpResult>> ListClients(
        string? sort, string? cursor, int? limit, ClaimsPrincipal user, IGrainFactory grains)
    {
        var errors = new FieldErrors();
        if (!RosterSorts.TryParse(sort, out var parsedSort, out var descending)) errors.Add("sort", $"sort must be {RosterSorts.Allowed}.");
        if (limit is < 1 or > MaxLimit) errors.Add("limit", $"limit must be 1..{MaxLimit}.");
        if (errors.Any) return ApiProblems.Validation(errors);

        var coachId = user.UserId();
        var settings = await grains.Reference<IUserGrain>(coachId).GetCoachSettings();
        var page = await grains.Reference<ICoachRosterGrain>(coachId)
            .GetClients(new RosterQuery(parsedSort, cursor, limit ?? DefaultLimit, settings.InactiveAfterDays, descending));
        return page.Error is { } error
            ? ApiProblems.Validation("cursor", error)
            : TypedResults.Ok(new RosterPageResponse(page.Items.Select(RosterRowResponse.From).ToList(), page.NextCursor, page.Total, settings.InactiveAfterDays));
    }

    public static async Task<Results<Ok<ProgressResponse>, ProblemHttpResult>> GetClientProgress(
        Guid userId, int? days, ClaimsPrincipal user, IGrainFactory grains, ExerciseCatalog catalog, TimeProvider time)
    {
        if (!ProgressReports.TryParseDays(days, out var parsed, out var invalid)) return invalid!;
        var coachId = user.UserId();
        if (!await ClientAccess.IsCurrent(grains, coachId, userId)) return ClientAccess.NotFound();
        var settings = await grains.Reference<IUserGrain>(coachId).GetCoachSettings();
        var report = await ProgressReports.ReportAsync(grains, catalog, time, userId, parsed, settings.InactiveAfterDays);
        return report is null ? ClientAccess.NotFound() : TypedResults.Ok(ProgressResponse.From(report));
    }

    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExportClient(
        Guid userId, string? format, ClaimsPrincipal user, IGrainFactory grains, ExportWriter writer)
    {
        if (!ExportFormats.TryParse(format, out var parsed)) return ExportFormats.Invalid();
        var coachId = user.UserId();
        if (!await ClientAccess.IsCurrent(grains, coachId, userId)) return ClientAccess.NotFound();
        return await writer.CreateAsync(new ExportRequest(userId, parsed, ForCoach: coachId));
    }
}
