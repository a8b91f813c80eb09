using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Me;

/// <summary>Every rule of a logged set: 400 problem+json naming the field, and nothing stored.</summary>
[Collection(GatewayCollection.Name)]
public sealed class SetValidationTests(GatewayFactory factory)
{
    private static readonly Dictionary<string, (Func<string, JsonObject> Body, string Field)> Cases = new()
    {
        ["unknown exercise"] = (id => With(SetBodies.LegPress(id), "exerciseId", "squat"), "exerciseId"),
        ["exercise missing"] = (id => Without(SetBodies.LegPress(id), "exerciseId"), "exerciseId"),
        ["side missing on a sided exercise"] = (id => Without(SetBodies.FoamRoller(id), "side"), "side"),
        ["side not left or right"] = (id => With(SetBodies.FoamRoller(id), "side", "both"), "side"),
        ["side on an unsided exercise"] = (id => With(SetBodies.LegPress(id), "side", "left"), "side"),
        ["reps on a timed exercise"] = (id => With(SetBodies.FoamRoller(id), "reps", 10), "reps"),
        ["seconds on a reps exercise"] = (id => With(SetBodies.LegPress(id), "seconds", 30), "seconds"),
        ["reps missing"] = (id => Without(SetBodies.LegPress(id), "reps"), "reps"),
        ["reps 0"] = (id => SetBodies.LegPress(id, reps: 0), "reps"),
        ["reps 1001"] = (id => SetBodies.LegPress(id, reps: 1001), "reps"),
        ["seconds 0"] = (id => SetBodies.FoamRoller(id, seconds: 0), "seconds"),
        ["seconds 7201"] = (id => SetBodies.FoamRoller(id, seconds: 7201), "seconds"),
        ["loadKg -1"] = (id => SetBodies.LegPress(id, loadKg: -1m), "loadKg"),
        ["loadKg 1001"] = (id => SetBodies.LegPress(id, loadKg: 1001m), "loadKg"),
        ["performedAt 10 minutes ahead"] = (id => SetBodies.LegPress(id, performedAt: DateTimeOffset.UtcNow.AddMinutes(10)), "performedAt"),
        ["performedAt 401 days ago"] = (id => SetBodies.LegPress(id, performedAt: DateTimeOffset.UtcNow.AddDays(-401)), "performedAt"),
        ["performedAt without offset"] = (id => With(SetBodies.LegPress(id), "performedAt", DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)), "performedAt"),
        ["performedAt a date only"] = (id => With(SetBodies.LegPress(id), "performedAt", DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "performedAt"),
        ["performedAt a number"] = (id => With(SetBodies.LegPress(id), "performedAt", 1735689600), "performedAt"),
        ["performedAt missing"] = (id => Without(SetBodies.LegPress(id), "performedAt"), "performedAt"),
        ["reps as a string"] = (id => With(SetBodies.LegPress(id), "reps", "10"), "reps"),
        ["reps a fraction"] = (id => With(SetBodies.LegPress(id), "reps", 10.5), "reps"),
        ["unknown member"] = (id => With(SetBodies.LegPress(id), "rep", 10), "rep"),
        ["user id in the body"] = (id => With(SetBodies.LegPress(id), "userId", Guid.NewGuid().ToString()), "userId"),
    };

    public static TheoryData<string> CaseNames() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Given_an_invalid_set_When_posting_Then_400_naming_the_field_and_nothing_is_stored(string name)
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        var (body, field) = Cases[name];

        var response = await user.Client.PostSet(body(setId));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, field);
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/me/sets/{setId}")).StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task Given_a_bad_set_id_When_posting_Then_400_naming_setId(string setId)
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.PostSet(SetBodies.LegPress(setId));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "setId");
    }

    [Fact]
    public async Task Given_a_fresh_user_When_every_invalid_body_was_posted_Then_the_history_is_empty()
    {
        var user = await TestUser.CreateAsync(factory);

        foreach (var (body, _) in Cases.Values)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await user.Client.PostSet(body(SetBodies.NewSetId()))).StatusCode);
        }

        var page = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets?includeVoided=true");
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(0, (await user.Client.GetFromJsonAsync<JsonElement>("/api/me")).GetProperty("setCount").GetInt32());
    }

    [Fact]
    public async Task Given_several_bad_fields_When_posting_Then_each_is_named()
    {
        var user = await factory.SharedUserAsync();
        var body = SetBodies.LegPress(SetBodies.NewSetId(), reps: 0, loadKg: 2000m, performedAt: DateTimeOffset.UtcNow.AddDays(1));
        body["side"] = "left";

        var problem = await ProblemAssert.AssertFieldProblem(await user.Client.PostSet(body), HttpStatusCode.BadRequest, "reps");

        Assert.Equal(["loadKg", "performedAt", "reps", "side"], ProblemAssert.FieldsOf(problem).Order().ToArray());
    }

    private static JsonObject With(JsonObject body, string field, JsonNode? value)
    {
        body[field] = value;
        return body;
    }

    private static JsonObject Without(JsonObject body, string field)
    {
        body.Remove(field);
        return body;
    }
}
