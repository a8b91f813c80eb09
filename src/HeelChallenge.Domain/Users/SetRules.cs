using System.Text.RegularExpressions;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Users;

/// <summary>What makes a logged set acceptable. Each error names the JSON field of the request.</summary>
public static partial class SetRules
{
    public const int MaxReps = 1000;
    public const int MaxSeconds = 7200;
    public const decimal MaxLoadKg = 1000m;
    public const int MaxSetIdLength = 64;
    public static readonly TimeSpan MaxFutureSkew = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan MaxAge = TimeSpan.FromDays(400);

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex SetIdPattern();

    public static DomainError? ValidateSetId(string? setId) =>
        string.IsNullOrEmpty(setId) ? DomainError.Invalid("setId", "setId is required.")
        : setId.Length > MaxSetIdLength || !SetIdPattern().IsMatch(setId)
            ? DomainError.Invalid("setId", $"setId must be 1..{MaxSetIdLength} characters of letters, digits, '.', '_', ':' or '-'.")
            : null;

    public static IReadOnlyList<DomainError> Validate(LoggedSet set, ExerciseCatalog catalog, DateTimeOffset now)
    {
        var errors = new List<DomainError>();
        if (ValidateSetId(set.SetId) is { } idError) errors.Add(idError);

        var exercise = catalog.Find(set.ExerciseId);
        if (exercise is null)
        {
            errors.Add(DomainError.Invalid("exerciseId",
                $"Unknown exercise '{set.ExerciseId}'. Known: {string.Join(", ", catalog.Exercises.Select(e => e.Id))}."));
        }
        else
        {
            ValidateSide(set, exercise, errors);
            ValidateAmount(set, exercise, errors);
        }

        if (set.LoadKg is < 0m or > MaxLoadKg)
            errors.Add(DomainError.Invalid("loadKg", $"loadKg must be between 0 and {MaxLoadKg}."));
        if (set.PerformedAt > now + MaxFutureSkew)
            errors.Add(DomainError.Invalid("performedAt", "performedAt is in the future (more than 5 minutes ahead of the server clock)."));
        else if (set.PerformedAt < now - MaxAge)
            errors.Add(DomainError.Invalid("performedAt", "performedAt is more than 400 days ago."));
        return errors;
    }

    private static void ValidateSide(LoggedSet set, Exercise exercise, List<DomainError> errors)
    {
        if (exercise.Sided && set.Side is not ("left" or "right"))
            errors.Add(DomainError.Invalid("side", $"'{exercise.Id}' is done per side: side must be 'left' or 'right'."));
        else if (!exercise.Sided && set.Side is not null)
            errors.Add(DomainError.Invalid("side", $"'{exercise.Id}' is not done per side: leave side out."));
    }

    private static void ValidateAmount(LoggedSet set, Exercise exercise, List<DomainError> errors)
    {
        if (exercise.IsTimed)
        {
            if (set.Reps is not null)
                errors.Add(DomainError.Invalid("reps", $"'{exercise.Id}' is timed: send seconds, not reps."));
            if (set.Seconds is not (>= 1 and <= MaxSeconds))
                errors.Add(DomainError.Invalid("seconds", $"'{exercise.Id}' is timed: seconds must be 1..{MaxSeconds}."));
        }
        else
        {
            if (set.Seconds is not null)
                errors.Add(DomainError.Invalid("seconds", $"'{exercise.Id}' is counted in {exercise.Unit}: send reps, not seconds."));
            if (set.Reps is not (>= 1 and <= MaxReps))
                errors.Add(DomainError.Invalid("reps", $"'{exercise.Id}' is counted in {exercise.Unit}: reps must be 1..{MaxReps}."));
        }
    }
}
