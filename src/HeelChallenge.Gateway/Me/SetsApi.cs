using System.Security.Claims;
using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Auth;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Me;

/// <summary>The caller's sets: log (idempotent on setId), correct, void, read one, page through history.</summary>
public static class SetsApi
{
    public static RouteGroupBuilder MapSetsApi(this RouteGroupBuilder me)
    {
        var sets = me.MapGroup("/sets").WithTags("Sets");
        sets.MapPost("", LogSet).WithName("LogSet")
            .WithSummary("Log a completed set. 201 new; 200 the same setId and body again; 409 the same setId with another body.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        sets.MapGet("", ListSets).WithName("ListSets")
            .WithSummary("Page through history, newest performedAt first; filter with from (inclusive) and to (exclusive).");
        sets.MapGet("/{setId}", GetSet).WithName("GetSet").WithSummary("One set as it stands now.");
        sets.MapPut("/{setId}", CorrectSet).WithName("CorrectSet").WithSummary("Correct a set: the new values replace the old.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        sets.MapDelete("/{setId}", VoidSet).WithName("VoidSet").WithSummary("Void a set (idempotent); it stays in history as voided.");
        return me;
    }

    public static async Task<Results<Created<SetResponse>, Ok<SetResponse>, ProblemHttpResult>> LogSet(
        LogSetRequest request, ClaimsPrincipal user, UserGrains users, ExerciseCatalog catalog, TimeProvider time)
    {
        var errors = new FieldErrors();
        var set = SetRequestValidation.ToLoggedSet(request, request.SetId, catalog, time.GetUtcNow(), errors);
        if (set is null) return ApiProblems.Validation(errors);

        var result = await users.Of(user).LogSet(set);
        return result switch
        {
            { Outcome: SetOutcome.Created, Set: { } created } => TypedResults.Created(Location(created.SetId), SetResponse.From(created)),
            { Outcome: SetOutcome.Refused } => ApiProblems.FromDomain(result.Errors),
            { Set: { } existing } => TypedResults.Ok(SetResponse.From(existing)),
            _ => throw new InvalidOperationException($"LogSet answered {result.Outcome} without a set."),
        };
    }

    public static async Task<Results<Ok<SetResponse>, ProblemHttpResult>> CorrectSet(
        string setId, CorrectSetRequest request, ClaimsPrincipal user, UserGrains users, ExerciseCatalog catalog, TimeProvider time)
    {
        var errors = new FieldErrors();
        if (request.SetId is not null && request.SetId != setId)
            errors.Add("setId", "setId in the body must match the one in the path (or be left out).");
        var set = SetRequestValidation.ToLoggedSet(request, setId, catalog, time.GetUtcNow(), errors);
        if (set is null) return ApiProblems.Validation(errors);

        var result = await users.Of(user).CorrectSet(set);
        return result switch
        {
            { Outcome: SetOutcome.Refused } => ApiProblems.FromDomain(result.Errors),
            { Set: { } corrected } => TypedResults.Ok(SetResponse.From(corrected)),
            _ => throw new InvalidOperationException($"CorrectSet answered {result.Outcome} without a set."),
        };
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> VoidSet(string setId, ClaimsPrincipal user, UserGrains users)
    {
        if (SetRules.ValidateSetId(setId) is { } invalid) return ApiProblems.Validation(invalid.Field, invalid.Detail);
        var result = await users.Of(user).VoidSet(setId);
        return result.Outcome == SetOutcome.Refused ? ApiProblems.FromDomain(result.Errors) : TypedResults.NoContent();
    }

    public static async Task<Results<Ok<SetResponse>, ProblemHttpResult>> GetSet(string setId, ClaimsPrincipal user, UserGrains users)
    {
        if (SetRules.ValidateSetId(setId) is { } invalid) return ApiProblems.Validation(invalid.Field, invalid.Detail);
        var set = await users.Of(user).GetSet(setId);
        return set is null ? ApiProblems.NotFound("setId", $"There is no set '{setId}'.") : TypedResults.Ok(SetResponse.From(set));
    }

    public static async Task<Results<Ok<SetPageResponse>, ProblemHttpResult>> ListSets(
        ClaimsPrincipal user, UserGrains users, string? from, string? to, string? cursor, int? limit, bool? includeVoided)
    {
        var errors = new FieldErrors();
        var query = SetHistoryQuery.Parse(from, to, cursor, limit, includeVoided, errors);
        if (query is null) return ApiProblems.Validation(errors);

        var page = await users.Of(user).GetSets(query);
        return page.Error is { } error
            ? ApiProblems.Validation("cursor", error)
            : TypedResults.Ok(new SetPageResponse(page.Items.Select(SetResponse.From).ToList(), page.NextCursor));
    }

    private static string Location(string setId) => "/api/me/sets/" + Uri.EscapeDataString(setId);
}
