using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// Checks a program a challenge owner sends. Every problem is reported (not only the first), each naming the JSON
/// field of the request, e.g. <c>program[2].sets</c>, so the gateway can answer 400 with all of them at once.
/// </summary>
public static class ProgramValidator
{
    public const int MinSets = 1;
    public const int MaxSets = 20;

    public static IReadOnlyList<DomainError> Validate(
        IReadOnlyList<ProgramItem?>? items, ExerciseCatalog catalog, string field = "program")
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<DomainError>();
        if (items is null || items.Count == 0)
        {
            errors.Add(DomainError.Invalid(field, "A program needs at least one exercise (leave it out for the default program)."));
            return errors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var at = $"{field}[{i}]";
            if (items[i] is not { } item)
            {
                errors.Add(DomainError.Invalid(at, "A program item is required."));
                continue;
            }

            if (item.Sets is < MinSets or > MaxSets)
                errors.Add(DomainError.Invalid($"{at}.sets", $"sets must be {MinSets}..{MaxSets}."));

            var exercise = catalog.Find(item.ExerciseId);
            if (exercise is null)
            {
                errors.Add(DomainError.Invalid($"{at}.exerciseId",
                    $"Unknown exercise '{item.ExerciseId}'. Known: {string.Join(", ", catalog.Exercises.Select(e => e.Id))}."));
                continue;
            }

            if (!seen.Add(exercise.Id))
                errors.Add(DomainError.Invalid($"{at}.exerciseId", $"'{exercise.Id}' is already in the program; list each exercise once."));
            ValidateAmount(item, exercise, at, errors);
        }

        return errors;
    }

    // An amount in the wrong unit is one mistake, reported once, rather than also as a missing amount.
    private static void ValidateAmount(ProgramItem item, Exercise exercise, string at, List<DomainError> errors)
    {
        var (unit, amount, other, otherName, max) = exercise.IsTimed
            ? ("seconds", item.Seconds, item.Reps, "reps", SetRules.MaxSeconds)
            : ("reps", item.Reps, item.Seconds, "seconds", SetRules.MaxReps);
        if (other is not null)
            errors.Add(DomainError.Invalid($"{at}.{otherName}", $"'{exercise.Id}' is counted in {exercise.Unit}: give {unit}, not {otherName}."));
        if (amount is null)
        {
            if (other is null)
                errors.Add(DomainError.Invalid($"{at}.{unit}", $"'{exercise.Id}' is counted in {exercise.Unit}: {unit} per set is required."));
        }
        else if (amount < 1 || amount > max)
        {
            errors.Add(DomainError.Invalid($"{at}.{unit}", $"{unit} must be 1..{max}."));
        }
    }
}
