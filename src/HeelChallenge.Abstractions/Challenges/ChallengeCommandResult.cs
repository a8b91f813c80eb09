using HeelChallenge.Domain.Common;

namespace HeelChallenge.Abstractions.Challenges;

[GenerateSerializer, Immutable, Alias("challenge-command-result")]
public sealed record ChallengeCommandResult([property: Id(0)] ChallengeView? Challenge, [property: Id(1)] IReadOnlyList<DomainError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;

    public static ChallengeCommandResult Refused(IReadOnlyList<DomainError> errors) => new(null, errors);
}
