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

        var set = new LoggedSet(
            setId ?? "", request.ExerciseId ?? "", request.Side, request.Reps, request.Seconds, request.LoadKg, request.PerformedAt ?? now);
        errors.AddNew(SetRules.Validate(set, catalog, now));
        return errors.Any ? null : set;
    }
}
