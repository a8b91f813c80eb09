using HeelChallenge.Gateway.Tests.Challenges;

namespace HeelChallenge.Gateway.Tests.Leaderboards;

/// <summary>
/// A host of its own for the leaderboard, stream and admin tests: short SSE heartbeats (so a test sees one quickly),
/// and so an admin account of its own (GatewayFactory.AdminAsync on this host).
/// </summary>
public sealed class LeaderboardFactory : GatewayFactory
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromMilliseconds(300);

    /// <summary>An owner with a fresh challenge, and participants who joined it with its code.</summary>
    public async Task<(TestUser Owner, string ChallengeId, TestUser[] Participants)> ChallengeWith(int participants, string visibility = "private")
    {
        var owner = await TestUser.CreateAsync(this);
        var challenge = await owner.Client.CreateChallenge(visibility);
        var joined = new TestUser[participants];
        for (var i = 0; i < participants; i++)
        {
            joined[i] = await TestUser.CreateAsync(this);
            Assert.Equal(HttpStatusCode.OK, (await joined[i].Client.JoinByCode(ChallengeBodies.CodeOf(challenge))).StatusCode);
        }

        return (owner, ChallengeBodies.IdOf(challenge), joined);
    }

    protected override IEnumerable<(string Key, string Value)> Settings() =>
        [.. base.Settings(), ("Leaderboards:Stream:HeartbeatInterval", Heartbeat.ToString())];
}
