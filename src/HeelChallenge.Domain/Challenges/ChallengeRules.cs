using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Domain.Challenges;

/// <summary>What makes a challenge definition acceptable; each error names the JSON field.</summary>
public static class ChallengeRules
{
    public static IReadOnlyList<DomainError> Validate(CreateChallenge c, ExerciseCatalog catalog, DateTimeOffset now)
    {
        var errors = new List<DomainError>();
        if (string.IsNullOrWhiteSpace(c.Name) || c.Name.Trim().Length > ChallengeDecider.MaxNameLength)
            errors.Add(DomainError.Invalid("name", $"name must be 1..{ChallengeDecider.MaxNameLength} characters."));
        if (c.Description is { Length: > ChallengeDecider.MaxDescriptionLength })
            errors.Add(DomainError.Invalid("description", $"description must be at most {ChallengeDecider.MaxDescriptionLength} characters."));
        if (c.Program is not null) errors.AddRange(ProgramValidator.Validate(c.Program, catalog));
        if (c.StartsAt is null) errors.Add(DomainError.Invalid("startsAt", "startsAt is required."));
        if (c.EndsAt is null) errors.Add(DomainError.Invalid("endsAt", "endsAt is required."));
        if (c.StartsAt is { } starts && c.EndsAt is { } ends)
        {
            if (ends <= starts) errors.Add(DomainError.Invalid("endsAt", "endsAt must be after startsAt."));
            else if (ends - starts > ChallengeDecider.MaxWindow) errors.Add(DomainError.Invalid("endsAt", "A challenge lasts at most 366 days."));
            else if (ends <= now) errors.Add(DomainError.Invalid("endsAt", "endsAt is in the past."));
        }

        if (!TimeZones.IsValid(c.TimeZone))
            errors.Add(DomainError.Invalid("timeZone", $"'{c.TimeZone}' is not an IANA time zone (e.g. 'Europe/Paris')."));
        if (!ChallengeVisibility.IsValid(c.Visibility))
            errors.Add(DomainError.Invalid("visibility", "visibility must be 'public' or 'private'."));
        if (c.Capacity is < 1 or > ChallengeDecider.MaxCapacity)
            errors.Add(DomainError.Invalid("capacity", $"capacity must be 1..{ChallengeDecider.MaxCapacity}."));
        return errors;
    }
}
