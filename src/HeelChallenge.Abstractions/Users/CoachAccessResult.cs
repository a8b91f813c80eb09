using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Abstractions.Users;

/// <summary>
/// Outcome of accepting a coach invite: the current consent and whether this call granted it (false: the coach was
/// already current, an idempotent repeat), or why not.
/// </summary>
[GenerateSerializer, Immutable, Alias("coach-access-result")]
public sealed record CoachAccessResult(
    [property: Id(0)] CoachConsent? Consent,
    [property: Id(1)] bool Granted,
    [property: Id(2)] IReadOnlyList<DomainError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;

    public static CoachAccessResult Refused(IReadOnlyList<DomainError> errors) => new(null, false, errors);
}
