namespace HeelChallenge.Domain.Challenges;

/// <summary>The fold of an invite-code stream: which challenge the code belongs to, if any.</summary>
[GenerateSerializer, Alias("invite-code-state")]
public sealed class InviteCodeState
{
    [Id(0)] public Guid? ChallengeId { get; set; }

    [Id(1)] public DateTimeOffset? ClaimedAt { get; set; }

    public void Apply(InviteCodeEvent e)
    {
        if (e is InviteCodeClaimed claimed && ChallengeId is null)
        {
            (ChallengeId, ClaimedAt) = (claimed.ChallengeId, claimed.ClaimedAt);
        }
    }
}
