using System.Text.Json.Nodes;
using HeelChallenge.Gateway.Tests.Challenges;
using HeelChallenge.Gateway.Tests.Coaching;

namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>Valid request bodies of the matrix rows, fresh per cell where a value can be used only once.</summary>
public static class MatrixBodies
{
    public const string Password = "correct horse battery";

    private static Task<HttpContent> Json(object body) => Task.FromResult<HttpContent>(JsonContent.Create(body));

    private static Task<HttpContent> Json(JsonNode body) => Task.FromResult<HttpContent>(SetBodies.Json(body));

    public static Task<HttpContent> NewAccount(MatrixWorld w, Actor a) =>
        Json(new { username = TestUser.FreshUsername("m"), password = Password, displayName = "Matrix", timeZone = "UTC" });

    public static Task<HttpContent> Token(MatrixWorld w, Actor a) => Json(new { username = w.Username(a), password = Password });

    public static Task<HttpContent> Rename(MatrixWorld w, Actor a) => Json(new { displayName = "Renamed " + a });

    public static Task<HttpContent> NewSet(MatrixWorld w, Actor a) => Json(SetBodies.LegPress(SetBodies.NewSetId()));

    public static Task<HttpContent> Correction(MatrixWorld w, Actor a)
    {
        var body = SetBodies.LegPress("unused", reps: 9);
        body.Remove("setId");
        return Json(body);
    }

    public static Task<HttpContent> CoachSettings(MatrixWorld w, Actor a) => Json(new { inactiveAfterDays = 5 });

    public static Task<HttpContent> NewChallenge(MatrixWorld w, Actor a) => Json(ChallengeBodies.Definition());

    public static Task<HttpContent> OwnChallengeCode(MatrixWorld w, Actor a) =>
        Json(new { inviteCode = w.InviteCode(a == Actor.Anonymous ? Actor.User : a) });

    public static Task<HttpContent> SubjectChallengeCode(MatrixWorld w, Actor a) => Json(new { inviteCode = w.InviteCode(Actor.User) });

    /// <summary>A fresh coach invite issued by the actor themselves (by U for anonymous).</summary>
    public static async Task<HttpContent> OwnCoachCode(MatrixWorld w, Actor a) =>
        JsonContent.Create(new { code = await CoachingKit.IssueInvite(w[a == Actor.Anonymous ? Actor.User : a]) });

    /// <summary>A fresh coach invite issued by U's coach.</summary>
    public static async Task<HttpContent> CoachCode(MatrixWorld w, Actor a) =>
        JsonContent.Create(new { code = await CoachingKit.IssueInvite(w[Actor.Coach]) });
}
