namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class SummaryTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_sets_of_two_exercises_When_reading_the_summary_Then_totals_per_exercise_and_side_without_voided_sets()
    {
        var user = await TestUser.CreateAsync(factory);
        var day1 = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-3).AddHours(9), TimeSpan.Zero);
        var day2 = day1.AddDays(1);
        await Log(user, SetBodies.LegPress("lp-1", reps: 10, loadKg: 80m, performedAt: day1));
        await Log(user, SetBodies.LegPress("lp-2", reps: 8, loadKg: 95m, performedAt: day1.AddMinutes(5)));
        await Log(user, SetBodies.LegPress("lp-3", reps: 12, loadKg: null, performedAt: day2));
        await Log(user, SetBodies.LegPress("lp-void", reps: 100, loadKg: 500m, performedAt: day2));
        await Log(user, SetBodies.FoamRoller("fr-l", side: "left", seconds: 300, performedAt: day2));
        await Log(user, SetBodies.FoamRoller("fr-r", side: "right", seconds: 240, performedAt: day2));
        Assert.Equal(HttpStatusCode.NoContent, (await user.Client.DeleteAsync("/api/me/sets/lp-void")).StatusCode);

        var summary = (await user.Client.GetFromJsonAsync<JsonElement>("/api/me/summary")).GetProperty("exercises").EnumerateArray().ToList();

        var legPress = Assert.Single(summary, s => s.GetProperty("exerciseId").GetString() == "leg-press");
        Assert.Equal(3, legPress.GetProperty("sets").GetInt32());
        Assert.Equal(30, legPress.GetProperty("totalReps").GetInt64());
        Assert.Equal(0, legPress.GetProperty("totalSeconds").GetInt64());
        Assert.Equal(95m, legPress.GetProperty("bestLoadKg").GetDecimal());
        Assert.Equal(2, legPress.GetProperty("daysActive").GetInt32());
        Assert.Equal(day2, legPress.GetProperty("lastPerformedAt").GetDateTimeOffset());

        var rollers = summary.Where(s => s.GetProperty("exerciseId").GetString() == "foam-roller-release")
            .ToDictionary(s => s.GetProperty("side").GetString()!, s => s.GetProperty("totalSeconds").GetInt64());
        Assert.Equal(new Dictionary<string, long> { ["left"] = 300, ["right"] = 240 }, rollers);
        Assert.Equal(3, summary.Count);
    }

    private static async Task Log(TestUser user, System.Text.Json.Nodes.JsonObject body) =>
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(body)).StatusCode);
}
