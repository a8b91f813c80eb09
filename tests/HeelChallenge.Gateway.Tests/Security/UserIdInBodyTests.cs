using System.Text.Json.Nodes;
using HeelChallenge.Gateway.Tests.Challenges;
using HeelChallenge.Gateway.Tests.Coaching;

namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>The user id comes from the token only: no endpoint takes one from a body.</summary>
[Collection(GatewayCollection.Name)]
public sealed class UserIdInBodyTests(GatewayFactory factory)
{
    private static readonly string[] IdMembers = ["userId", "ownerId", "coachId", "clientId", "sub"];

    /// <summary>Every endpoint that reads a JSON body, with a valid body for it.</summary>
    public static TheoryData<string, string, string> BodyEndpoints => new()
    {
        { "POST", "/api/accounts", """{"username":"x-{fresh}","password":"correct horse battery","displayName":"X","timeZone":"UTC"}""" },
        { "POST", "/api/auth/token", """{"username":"{me}","password":"correct horse battery"}""" },
        { "PATCH", "/api/me", """{"displayName":"Someone"}""" },
        { "POST", "/api/me/sets", """{"setId":"{fresh}","exerciseId":"leg-press","reps":10,"performedAt":"{now}"}""" },
        { "PUT", "/api/me/sets/{set}", """{"exerciseId":"leg-press","reps":9,"performedAt":"{now}"}""" },
        { "POST", "/api/me/coaches", """{"code":"ABCD2345"}""" },
        { "POST", "/api/challenges", """{"name":"N","startsAt":"{now}","endsAt":"{later}","timeZone":"UTC","visibility":"private"}""" },
        { "POST", "/api/challenges/join", """{"inviteCode":"ABCD2345"}""" },
        { "PUT", "/api/coach/settings", """{"inactiveAfterDays":4}""" },
    };

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task Given_a_valid_body_with_a_user_id_added_When_sent_Then_400_naming_that_member(string method, string path, string json)
    {
        var me = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        Assert.Equal(HttpStatusCode.Created, (await me.Client.PostSet(SetBodies.LegPress(setId))).StatusCode);
        var body = JsonNode.Parse(json
            .Replace("{fresh}", Guid.NewGuid().ToString("N")[..12], StringComparison.Ordinal)
            .Replace("{me}", me.Username, StringComparison.Ordinal)
            .Replace("{now}", SetBodies.Instant(DateTimeOffset.UtcNow.AddMinutes(-1)), StringComparison.Ordinal)
            .Replace("{later}", SetBodies.Instant(DateTimeOffset.UtcNow.AddDays(9)), StringComparison.Ordinal))!.AsObject();

        foreach (var member in IdMembers)
        {
            var withId = body.DeepClone().AsObject();
            withId[member] = Guid.NewGuid().ToString();
            using var request = new HttpRequestMessage(new HttpMethod(method), path.Replace("{set}", setId, StringComparison.Ordinal)) { Content = SetBodies.Json(withId) };

            await ProblemAssert.AssertFieldProblem(await me.Client.SendAsync(request), HttpStatusCode.BadRequest, member);
        }
    }

    [Fact]
    public async Task Given_the_api_document_When_every_request_body_is_read_Then_none_has_a_user_id_member()
    {
        var document = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var bodies = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject())
            .Where(op => op.Value.TryGetProperty("requestBody", out _))
            .Select(op => op.Value.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema"))
            .Select(schema => schema.TryGetProperty("$ref", out var reference) ? schemas.GetProperty(reference.GetString()!.Split('/')[^1]) : schema)
            .ToList();

        Assert.True(bodies.Count >= BodyEndpoints.Count, $"only {bodies.Count} request bodies documented");
        Assert.All(bodies, schema => Assert.DoesNotContain(schema.GetProperty("properties").EnumerateObject(),
            p => IdMembers.Contains(p.Name, StringComparer.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task Given_an_endpoint_without_a_body_When_a_user_id_is_sent_anyway_Then_it_acts_for_the_caller_only()
    {
        var (caller, victim) = (await TestUser.CreateAsync(factory), await TestUser.CreateAsync(factory));
        var client = await TestUser.CreateAsync(factory);

        var issued = await caller.Client.PostAsJsonAsync("/api/coach/invites", new { userId = victim.UserId });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        var code = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var accepted = await (await CoachingKit.Accept(client, code)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(caller.UserId, accepted.GetProperty("coachId").GetGuid());
        var challenge = await victim.Client.CreateChallenge("public");
        var joined = await caller.Client.PostAsJsonAsync($"/api/challenges/{challenge.GetProperty("challengeId").GetString()}/join", new { userId = client.UserId });
        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        Assert.True((await joined.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isParticipant").GetBoolean());
        var asClient = await client.Client.GetFromJsonAsync<JsonElement>($"/api/challenges/{challenge.GetProperty("challengeId").GetString()}");
        Assert.False(asClient.GetProperty("isParticipant").GetBoolean());
    }
}
