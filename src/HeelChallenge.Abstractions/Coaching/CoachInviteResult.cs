using HeelChallenge.Domain.Common;

namespace HeelChallenge.Abstractions.Coaching;

/// <summary>Outcome of issuing or redeeming a coach invite: the invite as it stands, or why not.</summary>
[GenerateSerializer, Immutable, Alias("coach-invite-result")]
public sealed record CoachInviteResult([property: Id(0)] CoachInviteView? Invite, [property: Id(1)] IReadOnlyList<DomainError> Errors)
{
    public bool IsAccepted => Errors.Count == 0;

    public static CoachInviteResult Refused(IReadOnlyList<DomainError> errors) => new(null, errors);
}
