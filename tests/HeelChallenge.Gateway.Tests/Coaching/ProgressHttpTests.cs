namespace HeelChallenge.Gateway.Tests.Coaching;

[Collection(GatewayCollection.Name)]
public sealed class ProgressHttpTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_a_new_user_When_they_read_their_progress_Then_30_empty_days_starting_today()
    {
        var user = await TestUser.CreateAsync(factory);

        var progress = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/progress");

        Assert.Equal(30, progress.GetProperty("days").GetArrayLength());
        Assert.Equal(user.UserId, progress.GetProperty("userId").GetGuid());
        Assert.Equal("Europe/Paris", progress.GetProperty("timeZone").GetString());
        Assert.Equal(progress.GetProperty("today").GetString(), progress.GetProperty("startedOn").GetString());
        Assert.Equal(0m, progress.GetProperty("adherence7").GetDecimal());
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("previousAdherence7").ValueKind);
        var day = progress.GetProperty("days")[0];
        Assert.Equal(24, day.GetProperty("prescribedSets").GetInt32());
        Assert.Equal(11, day.GetProperty("slots").GetArrayLength()); // 8 exercises, 3 of them per side
    }

    [Fact]
    public async Task Given_a_logged_set_When_the_user_reads_progress_Then_it_shows_in_today_slot_and_figures()
    {
        var user = await TestUser.CreateAsync(factory);
        var at = DateTimeOffset.UtcNow.AddMinutes(-5);
        Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress(SetBodies.NewSetId(), reps: 5, performedAt: at))).StatusCode);

        var progress = await Poll.Until(() => user.Client.GetFromJsonAsync<JsonElement>("/api/me/progress?days=7"),
            p => p.GetProperty("lastActiveAt").ValueKind != JsonValueKind.Null);

        Assert.Equal(7, progress.GetProperty("days").GetArrayLength());
        var legPress = progress.GetProperty("days")[0].GetProperty("slots").EnumerateArray().Single(s => s.GetProperty("exerciseId").GetString() == "leg-press");
        Assert.Equal((1, 5), (legPress.GetProperty("setsDone").GetInt32(), legPress.GetProperty("amountDone").GetInt32()));
        Assert.Equal(1, progress.GetProperty("currentStreak").GetInt32());
        Assert.True(progress.GetProperty("adherence7").GetDecimal() > 0m);
        Assert.False(progress.GetProperty("flags").GetProperty("inactive").GetBoolean());
    }

    [Theory]
    [InlineData("days=0")]
    [InlineData("days=367")]
    [InlineData("days=-1")]
    public async Task Given_days_outside_1_to_366_When_reading_progress_Then_400_naming_days(string query)
    {
        var user = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await user.Client.GetAsync("/api/me/progress?" + query), HttpStatusCode.BadRequest, "days");
    }
}
