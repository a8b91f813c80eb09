using System.Text.Json.Nodes;
using HeelChallenge.Gateway.Tests.Challenges;
using HeelChallenge.Gateway.Tests.Coaching;

namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>
/// The people of the matrix and what they own: U with a set and a private challenge, a current coach C, a revoked
/// coach R, another user O with their own coach C2, and an admin; everyone has a set and a private challenge of their own.
/// </summary>
public sealed class MatrixWorld
{
    private readonly Dictionary<Actor, TestUser> _users = [];

    public required GatewayFactory Factory { get; init; }

    public TestUser this[Actor actor] => _users[actor];

    public TestUser Subject => _users[Actor.User];

    public Dictionary<Actor, string> SetIds { get; } = [];

    public Dictionary<Actor, JsonElement> Challenges { get; } = [];

    /// <summary>A second private challenge of U's, for the rows that end or cancel one.</summary>
    public JsonElement SubjectClosing { get; private set; }

    public HttpClient ClientOf(Actor actor) => actor == Actor.Anonymous ? Factory.CreateClient() : _users[actor].Client;

    public static async Task<MatrixWorld> CreateAsync(GatewayFactory factory)
    {
        var world = new MatrixWorld { Factory = factory };
        foreach (var actor in Enum.GetValues<Actor>().Where(a => a != Actor.Anonymous))
            world._users[actor] = actor == Actor.Admin ? await factory.AdminAsync() : await TestUser.CreateAsync(factory);

        Assert.Equal(HttpStatusCode.Created, (await CoachingKit.Accept(world.Subject, await CoachingKit.IssueInvite(world[Actor.Coach]))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CoachingKit.Accept(world.Subject, await CoachingKit.IssueInvite(world[Actor.RevokedCoach]))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await world.Subject.Client.DeleteAsync($"/api/me/coaches/{world[Actor.RevokedCoach].UserId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await CoachingKit.Accept(world[Actor.OtherUser], await CoachingKit.IssueInvite(world[Actor.OtherCoach]))).StatusCode);

        foreach (var (actor, user) in world._users)
        {
            world.SetIds[actor] = SetBodies.NewSetId();
            Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(world.SetIds[actor]))).StatusCode);
            world.Challenges[actor] = await user.Client.CreateChallenge("private");
        }

        world.SubjectClosing = await world.Subject.Client.CreateChallenge("private");

        // The coach's roster has caught up with U (so a missing U elsewhere is not just lag).
        await Poll.Until(() => world[Actor.Coach].Client.GetFromJsonAsync<JsonElement>("/api/coach/clients"),
            r => r.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("userId").GetGuid() == world.Subject.UserId));
        return world;
    }

    /// <summary>The URL of a row for an actor: {self}, {selfSet}, {selfChallenge} are the actor's own (U's for anonymous),
    /// {U}, {USet}, {UChallenge}, {UClosing}, {C}, {R} are U's and U's coaches'.</summary>
    public string Resolve(string template, Actor actor)
    {
        var self = actor == Actor.Anonymous ? Actor.User : actor;
        return template
            .Replace("{self}", _users[self].UserId.ToString("D"), StringComparison.Ordinal)
            .Replace("{selfSet}", SetIds[self], StringComparison.Ordinal)
            .Replace("{selfChallenge}", ChallengeId(self), StringComparison.Ordinal)
            .Replace("{U}", Subject.UserId.ToString("D"), StringComparison.Ordinal)
            .Replace("{USet}", SetIds[Actor.User], StringComparison.Ordinal)
            .Replace("{UChallenge}", ChallengeId(Actor.User), StringComparison.Ordinal)
            .Replace("{UClosing}", SubjectClosing.GetProperty("challengeId").GetString()!, StringComparison.Ordinal)
            .Replace("{C}", _users[Actor.Coach].UserId.ToString("D"), StringComparison.Ordinal)
            .Replace("{R}", _users[Actor.RevokedCoach].UserId.ToString("D"), StringComparison.Ordinal);
    }

    public string ChallengeId(Actor actor) => Challenges[actor].GetProperty("challengeId").GetString()!;

    public string InviteCode(Actor actor) => Challenges[actor].GetProperty("inviteCode").GetString()!;

    public string Username(Actor actor) => _users[actor == Actor.Anonymous ? Actor.User : actor].Username;
}
