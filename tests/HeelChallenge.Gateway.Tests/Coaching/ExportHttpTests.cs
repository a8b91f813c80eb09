using System.Text.Json.Nodes;

namespace HeelChallenge.Gateway.Tests.Coaching;

[Collection(GatewayCollection.Name)]
public sealed class ExportHttpTests(GatewayFactory factory)
{
    /// <summary>A client with a coach and three sets: one as logged, one corrected, one voided.</summary>
    private async Task<(TestUser Coach, TestUser Client, string[] SetIds)> ClientWithHistory()
    {
        var (coach, client) = await CoachingKit.Pair(factory);
        var ids = new[] { SetBodies.NewSetId(), SetBodies.NewSetId(), SetBodies.NewSetId() };
        var at = DateTimeOffset.UtcNow.AddHours(-3);
        Assert.Equal(HttpStatusCode.Created, (await client.Client.PostSet(SetBodies.LegPress(ids[0], reps: 10, performedAt: at))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.Client.PostSet(SetBodies.FoamRoller(ids[1], performedAt: at.AddMinutes(1)))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.Client.PostSet(SetBodies.LegPress(ids[2], reps: 8, performedAt: at.AddMinutes(2)))).StatusCode);
        var correction = SetBodies.FoamRoller(ids[1], side: "right", seconds: 200, performedAt: at.AddMinutes(1));
        correction.Remove("setId");
        Assert.Equal(HttpStatusCode.OK, (await client.Client.PutAsync($"/api/me/sets/{ids[1]}", SetBodies.Json(correction))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.Client.DeleteAsync($"/api/me/sets/{ids[2]}")).StatusCode);
        return (coach, client, ids);
    }

    private static void AssertAttachment(HttpResponseMessage response, string mediaType, string extension)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.Equal("attachment", disposition?.DispositionType);
        Assert.Matches($"^heelchallenge-[0-9a-f]{{32}}-[0-9]{{8}}\\.{extension}$", disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));
    }

    [Fact]
    public async Task Given_a_history_When_the_user_exports_json_Then_profile_coaches_and_every_set_as_it_stands()
    {
        var (coach, client, ids) = await ClientWithHistory();

        var response = await client.Client.GetAsync("/api/me/export");

        AssertAttachment(response, "application/json", "json");
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("heelchallenge-export.v1", (string?)export["format"]);
        Assert.Equal(client.Username, (string?)export["profile"]!["username"]);
        Assert.Equal("Europe/Paris", (string?)export["profile"]!["timeZone"]);
        var consent = Assert.Single(export["coaches"]!.AsArray())!;
        Assert.Equal(coach.UserId, consent["coachId"]!.GetValue<Guid>());
        Assert.Null(consent["revokedAt"]);
        var sets = export["sets"]!.AsArray().ToDictionary(s => (string)s!["setId"]!);
        Assert.Equal(ids.Order(), sets.Keys.Order());
        Assert.Equal((10, false, null), ((int)sets[ids[0]]!["reps"]!, (bool)sets[ids[0]]!["voided"]!, sets[ids[0]]!["correctedAt"]));
        Assert.Equal(("right", 200), ((string?)sets[ids[1]]!["side"], (int)sets[ids[1]]!["seconds"]!));
        Assert.NotNull(sets[ids[1]]!["correctedAt"]);
        Assert.True((bool)sets[ids[2]]!["voided"]!);
        Assert.NotNull(sets[ids[2]]!["loggedAt"]);
    }

    [Fact]
    public async Task Given_a_history_When_the_user_exports_csv_Then_a_header_and_one_rfc4180_row_per_set()
    {
        var (_, client, ids) = await ClientWithHistory();

        var response = await client.Client.GetAsync("/api/me/export?format=CSV");

        AssertAttachment(response, "text/csv", "csv");
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("setId,exerciseId,side,reps,seconds,loadKg,performedAt,loggedAt,correctedAt,voided", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToDictionary(f => f[0]);
        Assert.Equal(ids.Order(), rows.Keys.Order());
        Assert.All(rows.Values, r => Assert.Equal(10, r.Length));
        Assert.Equal(["leg-press", "", "10", "", "80", "false"], rows[ids[0]][1..6].Append(rows[ids[0]][9]));
        Assert.Equal("", rows[ids[0]][8]);
        Assert.Equal(["foam-roller-release", "right", "", "200", ""], rows[ids[1]][1..6]);
        Assert.True(DateTimeOffset.TryParse(rows[ids[1]][8], out _));
        Assert.Equal("true", rows[ids[2]][9]);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$", rows[ids[0]][6]);
    }

    [Fact]
    public async Task Given_more_sets_than_one_page_When_exported_in_both_formats_Then_every_set_is_there_once()
    {
        var user = await TestUser.CreateAsync(factory);
        var start = DateTimeOffset.UtcNow.AddDays(-3);
        var ids = Enumerable.Range(0, 230).Select(_ => SetBodies.NewSetId()).ToArray();
        for (var i = 0; i < ids.Length; i++)
            Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(ids[i], performedAt: start.AddMinutes(i)))).StatusCode);

        var json = JsonNode.Parse(await user.Client.GetStringAsync("/api/me/export?format=json"))!;
        var csv = (await user.Client.GetStringAsync("/api/me/export?format=csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(ids.Order(), json["sets"]!.AsArray().Select(s => (string)s!["setId"]!).Order());
        Assert.Equal(ids.Order(), csv.Skip(1).Select(l => l.Split(',')[0]).Order());
    }

    [Fact]
    public async Task Given_a_consenting_client_When_the_coach_exports_Then_sets_without_username_or_consents_and_404_after_revoke()
    {
        var (coach, client, ids) = await ClientWithHistory();

        var json = await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/export");
        var csv = await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/export?format=csv");

        AssertAttachment(json, "application/json", "json");
        var export = JsonNode.Parse(await json.Content.ReadAsStringAsync())!;
        Assert.Null(export["profile"]!["username"]);
        Assert.Equal(client.UserId, export["profile"]!["userId"]!.GetValue<Guid>());
        Assert.Null(export["coaches"]);
        Assert.Equal(3, export["sets"]!.AsArray().Count);
        AssertAttachment(csv, "text/csv", "csv");
        Assert.Equal(4, (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        Assert.Equal(HttpStatusCode.NoContent, (await client.Client.DeleteAsync($"/api/me/coaches/{coach.UserId}")).StatusCode);
        var after = await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/export");
        var problem = await ProblemAssert.AssertFieldProblem(after, HttpStatusCode.NotFound, "userId");
        Assert.DoesNotContain(ids[0], problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_unknown_format_When_exporting_Then_400_naming_format()
    {
        var (coach, client) = await CoachingKit.Pair(factory);

        await ProblemAssert.AssertFieldProblem(await client.Client.GetAsync("/api/me/export?format=xml"), HttpStatusCode.BadRequest, "format");
        await ProblemAssert.AssertFieldProblem(await coach.Client.GetAsync($"/api/coach/clients/{client.UserId}/export?format=xml"), HttpStatusCode.BadRequest, "format");
    }
}
