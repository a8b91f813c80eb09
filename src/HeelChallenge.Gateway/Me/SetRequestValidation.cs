using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Users;
using HeelChallenge.Gateway.Json;
using HeelChallenge.Gateway.Problems;

namespace HeelChallenge.Gateway.Me;

/// <summary>
/// Turns a request into a set and checks it with the same rules the grain applies, so nothing invalid travels to a
/// grain (which checks again: it is the authority). Errors name the JSON field.
/// </summary>
public static class SetRequestValidation
{
    public static LoggedSet? ToLoggedSet(ISetFields request, string? setId, ExerciseCatalog catalog, DateTimeOffset now, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(request.ExerciseId)) errors.Add("exerciseId", "exerciseId is required.");
        if (request.PerformedAt is null) errors.Add("performedAt", $"performedAt is required: {IsoInstant.Expected}.");

        // The catalog's id and the literal side names, not the request's copies: the set lives on in the user's state
        // (and every set's own copy of "floor-calf-raise" was memory the collector had to promote and keep).
        var exerciseId = catalog.Find(request.ExerciseId)?.Id ?? request.ExerciseId ?? "";
        var side = request.Side switch { "left" => "left", "right" => "right", var other => other };
        var set = new LoggedSet(
            setId ?? "", exerciseId, side, request.Reps, request.Seconds, request.LoadKg, request.PerformedAt ?? now);
        errors.AddNew(SetRules.Validate(set, catalog, now));
        return errors.Any ? null : set;
    }
}
