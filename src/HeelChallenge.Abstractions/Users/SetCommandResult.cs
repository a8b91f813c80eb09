using HeelChallenge.Domain.Common;

namespace HeelChallenge.Abstractions.Users;

[GenerateSerializer, Immutable, Alias("set-command-result")]
public sealed record SetCommandResult(
    [property: Id(0)] SetOutcome Outcome,
    [property: Id(1)] SetView? Set,
    [property: Id(2)] IReadOnlyList<DomainError> Errors)
{
    public static SetCommandResult Refused(IReadOnlyList<DomainError> errors) => new(SetOutcome.Refused, null, errors);
}
