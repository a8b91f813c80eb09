using System.Text.RegularExpressions;

namespace HeelChallenge.Domain.Catalog;

/// <summary>Checks a catalog before the service accepts it; each problem names the exercise and field.</summary>
public static partial class CatalogValidator
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static IReadOnlyList<string> Validate(IReadOnlyList<Exercise> exercises)
    {
        var errors = new List<string>();
        if (exercises.Count == 0)
        {
            errors.Add("exercises: the catalog has no exercises");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < exercises.Count; i++)
        {
            var e = exercises[i];
            var at = $"exercises[{i}]" + (string.IsNullOrEmpty(e.Id) ? "" : $" ({e.Id})");
            if (string.IsNullOrEmpty(e.Id) || !IdPattern().IsMatch(e.Id)) errors.Add($"{at}.id: must be lower-case kebab-case");
            else if (!seen.Add(e.Id)) errors.Add($"{at}.id: duplicate id");
            if (string.IsNullOrWhiteSpace(e.Name)) errors.Add($"{at}.name: required");
            if (e.Where is not ("gym" or "home")) errors.Add($"{at}.where: must be 'gym' or 'home'");
            if (string.IsNullOrWhiteSpace(e.Unit)) errors.Add($"{at}.unit: required");
            if (e.Sets is < 1 or > 20) errors.Add($"{at}.sets: must be 1..20");
            if (string.IsNullOrWhiteSpace(e.Cue)) errors.Add($"{at}.cue: required");
            if (e.Muscles is null || e.Muscles.Count == 0) errors.Add($"{at}.muscles: at least one muscle");
            switch (e.Kind)
            {
                case Exercise.KindReps:
                    if (e.Reps is not (>= 1 and <= 1000)) errors.Add($"{at}.reps: a reps exercise needs reps 1..1000");
                    if (e.Seconds is not null) errors.Add($"{at}.seconds: a reps exercise has no seconds");
                    break;
                case Exercise.KindTimed:
                    if (e.Seconds is not (>= 1 and <= 7200)) errors.Add($"{at}.seconds: a timed exercise needs seconds 1..7200");
                    if (e.Reps is not null) errors.Add($"{at}.reps: a timed exercise has no reps");
                    break;
                default:
                    errors.Add($"{at}.kind: must be 'reps' or 'timed'");
                    break;
            }
        }

        return errors;
    }
}
