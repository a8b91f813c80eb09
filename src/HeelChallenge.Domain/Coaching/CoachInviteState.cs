namespace HeelChallenge.Domain.Coaching;

/// <summary>The fold of a coach-invite stream: who issued the code, until when it can be redeemed, and by whom it was.</summary>
[GenerateSerializer, Alias("coach-invite-state")]
public sealed class CoachInviteState
{
    [Id(0)] public string Code { get; set; } = "";

    [Id(1)] public Guid? CoachId { get; set; }

    [Id(2)] public DateTimeOffset IssuedAt { get; set; }

    [Id(3)] public DateTimeOffset ExpiresAt { get; set; }

    [Id(4)] public Guid? RedeemedBy { get; set; }

    [Id(5)] public DateTimeOffset? RedeemedAt { get; set; }

    public bool IsIssued => CoachId is not null;

    public void Apply(CoachInviteEvent e)
    {
        switch (e)
        {
            case CoachInviteIssued issued when CoachId is null:
                (Code, CoachId, IssuedAt, ExpiresAt) = (issued.Code, issued.CoachId, issued.IssuedAt, issued.ExpiresAt);
                break;
            case CoachInviteRedeemed redeemed when RedeemedBy is null:
                (RedeemedBy, RedeemedAt) = (redeemed.ClientId, redeemed.RedeemedAt);
                break;
            default:
                break;
        }
    }
}
