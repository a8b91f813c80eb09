namespace HeelChallenge.Gateway.Tests.Me;

[Collection(GatewayCollection.Name)]
public sealed class HistoryTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_more_than_a_hundred_sets_When_paging_with_the_cursor_Then_every_set_comes_once_newest_first()
    {
        var user = await TestUser.CreateAsync(factory);
        var start = DateTimeOffset.UtcNow.AddDays(-2);
        var logged = new List<string>();
        for (var i = 0; i < 130; i++)
        {
            var setId = $"h-{i:D3}-{Guid.NewGuid():N}";
            var response = await user.Client.PostSet(SetBodies.LegPress(setId, reps: 1 + (i % 20), performedAt: start.AddMinutes(i)));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            logged.Add(setId);
        }

        var seen = new List<string>();
        var pages = 0;
        string? cursor = null;
        do
        {
            var page = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets?limit=100" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            var items = page.GetProperty("items").EnumerateArray().ToList();
            Assert.InRange(items.Count, 1, 100);
            Assert.All(items, s => Assert.True(s.TryGetProperty("reps", out _) && s.TryGetProperty("loadKg", out _) && s.TryGetProperty("loggedAt", out _)));
            seen.AddRange(items.Select(s => s.GetProperty("setId").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(2, pages);
        Assert.Equal(Enumerable.Reverse(logged), seen);

        var defaultPage = await user.Client.GetFromJsonAsync<JsonElement>("/api/me/sets");
        Assert.Equal(50, defaultPage.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Given_sets_on_several_days_When_filtering_by_from_and_to_Then_only_that_range()
    {
        var user = await TestUser.CreateAsync(factory);
        var day = new DateTimeOffset(DateTime.UtcNow.Date.AddDays(-10), TimeSpan.Zero);
        for (var d = 0; d < 5; d++)
        {
            Assert.Equal(HttpStatusCode.Created, (await user.Client.PostSet(SetBodies.LegPress($"day-{d}", performedAt: day.AddDays(d).AddHours(8)))).StatusCode);
        }

        var from = Uri.EscapeDataString(SetBodies.Instant(day.AddDays(1)));
        var to = Uri.EscapeDataString(SetBodies.Instant(day.AddDays(3)));
        var page = await user.Client.GetFromJsonAsync<JsonElement>($"/api/me/sets?from={from}&to={to}");

        Assert.Equal(["day-2", "day-1"], page.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("setId").GetString()!).ToArray());
    }

    [Theory]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=many", "limit")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2025-01-01T00:00:00", "from")]
    [InlineData("to=2025-13-01T00:00:00Z", "to")]
    [InlineData("from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", "to")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("includeVoided=perhaps", "includeVoided")]
    public async Task Given_a_bad_query_When_listing_Then_400_naming_the_parameter(string query, string field)
    {
        var user = await factory.SharedUserAsync();

        await ProblemAssert.AssertFieldProblem(await user.Client.GetAsync("/api/me/sets?" + query), HttpStatusCode.BadRequest, field);
    }
}
