namespace HeelChallenge.Gateway.Tests.Coaching;

/// <summary>A host whose coach invites expire 1 ms after they are issued (Coaching:InviteLifetime).</summary>
public sealed class ShortInviteFactory : GatewayFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings() =>
        [.. base.Settings(), ("Coaching:InviteLifetime", "00:00:00.001")];
}
