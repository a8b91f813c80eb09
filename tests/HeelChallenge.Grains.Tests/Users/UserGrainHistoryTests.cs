using HeelChallenge.Abstractions.Users;

namespace HeelChallenge.Grains.Tests.Users;

[Collection(ClusterCollection.Name)]
public sealed class UserGrainHistoryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Given_250_sets_with_ties_When_paging_with_the_cursor_Then_every_set_once_newest_first()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        // Three sets share each minute, so ties are broken by set id (ordinal, descending).
        var sets = Enumerable.Range(0, 250)
            .Select(i => TestSets.LegPress(setId: $"p-{(i * 37) % 250:D3}", at: TestSets.Noon.AddMinutes(-(i / 3))))
            .ToList();
        foreach (var result in await Task.WhenAll(sets.Select(grain.LogSet)))
            Assert.Equal(SetOutcome.Created, result.Outcome);

        var pages = new List<SetPage>();
        string? cursor = null;
        do
        {
            var page = await grain.GetSets(new SetQuery(null, null, cursor, 100));
            Assert.Null(page.Error);
            pages.Add(page);
            cursor = page.NextCursor;
        }
        while (cursor is not null && pages.Count < 10);

        Assert.Equal([100, 100, 50], pages.Select(p => p.Items.Count));
        var expected = sets.OrderByDescending(s => s.PerformedAt.UtcTicks).ThenByDescending(s => s.SetId, StringComparer.Ordinal).Select(s => s.SetId);
        Assert.Equal(expected, pages.SelectMany(p => p.Items).Select(s => s.SetId));
    }

    [Fact]
    public async Task Given_sets_every_hour_When_filtering_from_and_to_Then_from_is_inclusive_and_to_exclusive()
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        var sets = Enumerable.Range(0, 10).Select(h => TestSets.LegPress(setId: $"h{h}", at: TestSets.Noon.AddHours(-h))).ToList();
        foreach (var set in sets) await grain.LogSet(set);

        var page = await grain.GetSets(new SetQuery(
            From: TestSets.Noon.AddHours(-6).ToOffset(TimeSpan.FromHours(3)), To: TestSets.Noon.AddHours(-2), Cursor: null, Limit: 3));
        var rest = await grain.GetSets(new SetQuery(TestSets.Noon.AddHours(-6), TestSets.Noon.AddHours(-2), page.NextCursor, 3));

        Assert.Equal(["h3", "h4", "h5"], page.Items.Select(s => s.SetId));
        Assert.Equal(["h6"], rest.Items.Select(s => s.SetId));
        Assert.Null(rest.NextCursor);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(1000, 100)]
    public async Task Given_more_sets_than_a_page_When_asking_for_an_out_of_range_limit_Then_the_limit_is_clamped(int limit, int expected)
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        await Task.WhenAll(Enumerable.Range(0, 101).Select(i => grain.LogSet(TestSets.LegPress(at: TestSets.Noon.AddSeconds(-i)))));

        var page = await grain.GetSets(new SetQuery(null, null, null, limit));

        Assert.Equal(expected, page.Items.Count);
        Assert.NotNull(page.NextCursor);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("AAAA")]
    [InlineData("AAAAAAAAAAAAAAAAAAAA")]
    [InlineData("_____________w")]
    public async Task Given_a_malformed_cursor_When_paging_Then_the_page_carries_an_error_naming_the_cursor(string cursor)
    {
        var (_, grain) = await TestSets.NewUser(fixture.Grains);
        await grain.LogSet(TestSets.LegPress());

        var page = await grain.GetSets(new SetQuery(null, null, cursor, 10));

        Assert.NotNull(page.Error);
        Assert.Contains("cursor", page.Error, StringComparison.Ordinal);
        Assert.Empty(page.Items);
    }
}
