using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Challenges;

[Collection(GatewayCollection.Name)]
public sealed class CreateChallengeTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_definition_without_a_program_When_created_Then_201_with_location_code_default_program_and_the_owner_in_it()
    {
        var owner = await factory.SharedUserAsync();

        var response = await owner.Client.PostChallenge(ChallengeBodies.Definition(capacity: 12));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = ChallengeBodies.IdOf(body);
        Assert.Equal($"/api/challenges/{id}", response.Headers.Location?.OriginalString);
        Assert.Matches("^[2-9A-HJKMNP-Z]{8}$", ChallengeBodies.CodeOf(body));
        Assert.Equal((owner.UserId.ToString(), "Heels by June", "private", 12, 1, "active", true, true),
            (body.GetProperty("ownerId").GetString(), body.GetProperty("name").GetString(), body.GetProperty("visibility").GetString(),
             body.GetProperty("capacity").GetInt32(), body.GetProperty("participantCount").GetInt32(), body.GetProperty("status").GetString(),
             body.GetProperty("isOwner").GetBoolean(), body.GetProperty("isParticipant").GetBoolean()));
        var program = body.GetProperty("program").EnumerateArray().ToList();
        Assert.Equal(8, program.Count);
        var legPress = program.Single(p => p.GetProperty("exerciseId").GetString() == "leg-press");
        Assert.Equal((4, 10, false), (legPress.GetProperty("sets").GetInt32(), legPress.GetProperty("reps").GetInt32(), legPress.TryGetProperty("seconds", out _)));
        Assert.Equal(DateTimeOffset.Parse(ChallengeBodies.Definition()["endsAt"]!.GetValue<string>(), null).Date,
            body.GetProperty("endsAt").GetDateTimeOffset().Date);

        var read = await owner.Client.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal(body.ToString(), read.ToString());
    }

    [Fact]
    public async Task Given_a_program_When_created_Then_the_challenge_carries_it_in_order()
    {
        var owner = await factory.SharedUserAsync();
        var program = new JsonArray(
            new JsonObject { ["exerciseId"] = "arch-rolls", ["sets"] = 2, ["seconds"] = 60 },
            new JsonObject { ["exerciseId"] = "leg-press", ["sets"] = 3, ["reps"] = 12 });

        var response = await owner.Client.PostChallenge(ChallengeBodies.Definition(program: program));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(program.ToJsonString(), JsonNode.Parse(body.GetProperty("program").GetRawText())!.ToJsonString());
    }

    [Fact]
    public async Task Given_a_program_with_bad_items_When_created_Then_400_naming_each_item_field()
    {
        var owner = await factory.SharedUserAsync();
        var program = new JsonArray(
            new JsonObject { ["exerciseId"] = "pogo-stick", ["sets"] = 3, ["reps"] = 10 },
            new JsonObject { ["exerciseId"] = "arch-rolls", ["sets"] = 1, ["reps"] = 10 },
            new JsonObject { ["exerciseId"] = "leg-press", ["reps"] = 10 },
            new JsonObject { ["exerciseId"] = "leg-extension", ["sets"] = 0, ["reps"] = 10 });

        var response = await owner.Client.PostChallenge(ChallengeBodies.Definition(program: program));

        var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, "program[1].reps");
        Assert.Equal(["program[0].exerciseId", "program[1].reps", "program[2].sets", "program[3].sets"], ProblemAssert.FieldsOf(problem).Order());
    }

    [Theory]
    [InlineData("endsAt", "endsAt", "2026-01-01T00:00:00Z")] // before startsAt (and over)
    [InlineData("timeZone", "timeZone", "Mars/Olympus_Mons")]
    [InlineData("visibility", "visibility", "secret")]
    [InlineData("startsAt", "startsAt", "2026-06-01T07:30:00")] // no offset
    [InlineData("name", "name", "")]
    [InlineData("ownerId", "ownerId", "3f2504e0-4f89-11d3-9a0c-0305e82c3301")] // unknown member: the owner comes from the token
    public async Task Given_a_bad_field_When_created_Then_400_naming_it(string field, string expectedField, string value)
    {
        var owner = await factory.SharedUserAsync();
        var body = ChallengeBodies.Definition();
        body[field] = value;

        var response = await owner.Client.PostChallenge(body);

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.BadRequest, expectedField);
    }

    [Fact]
    public async Task Given_an_empty_window_and_a_capacity_of_zero_When_created_Then_400_naming_both()
    {
        var owner = await factory.SharedUserAsync();
        var body = ChallengeBodies.Definition(capacity: 0);
        body["endsAt"] = body["startsAt"]!.GetValue<string>();

        var problem = await ProblemAssert.AssertFieldProblem(await owner.Client.PostChallenge(body), HttpStatusCode.BadRequest, "endsAt");

        Assert.Equal(["capacity", "endsAt"], ProblemAssert.FieldsOf(problem).Order());
    }

    [Fact]
    public async Task Given_no_token_When_creating_Then_401()
    {
        var response = await factory.CreateClient().PostChallenge(ChallengeBodies.Definition());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
