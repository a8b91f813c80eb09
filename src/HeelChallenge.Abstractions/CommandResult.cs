using HeelChallenge.Domain.Common;

namespace HeelChallenge.Abstractions;

/// <summary>Outcome of a command without a payload: accepted (events durable, or nothing to do) or refused.</summary>
[GenerateSerializer, Immutable, Alias("command-result")]
public sealed record CommandResult([property: Id(0)] IReadOnlyList<DomainError> Errors)
{
    public static readonly CommandResult Accepted = new([]);

    public bool IsAccepted => Errors.Count == 0;

    public static CommandResult Refused(IReadOnlyList<DomainError> errors) => new(errors);
}
