using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Gateway.Progress;

/// <summary>Inactive: no set for inactiveAfterDays days or more. Dropping: 7-day adherence 20+ points below the week before.</summary>
public sealed record FlagsResponse(bool Inactive, bool Dropping)
{
    public static FlagsResponse From(ProgressFlags f) => new(f.Inactive, f.Dropping);
}
