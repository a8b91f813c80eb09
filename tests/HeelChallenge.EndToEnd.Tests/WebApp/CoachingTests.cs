using System.Net;
using System.Net.Http.Json;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>A coach invites, a client accepts, the roster shows the client; once revoked, the coach sees nothing.</summary>
[Collection(WebAppCollection.Name)]
public sealed class CoachingTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Given_a_coach_invite_When_the_client_accepts_Then_the_roster_shows_the_client_and_their_progress()
    {
        await using var coach = await AppPage.OpenAsync(fixture);
        await using var client = await AppPage.OpenAsync(fixture);
        await coach.SignUpAsync(AppPage.NewUsername("coach"), "Coach " + Guid.NewGuid().ToString("N")[..5]);
        await client.SignUpAsync(AppPage.NewUsername("client"), "Client " + Guid.NewGuid().ToString("N")[..5]);
        await client.LogSetAsync("leg-press", "1 of 4");

        // The coach sends the link; opening it prefills the code.
        await CreateInviteAsync(coach);
        var link = await coach.Page.GetByLabel("Or send this link").InputValueAsync();
        await client.Page.GotoAsync(link);
        await client.WaitForRouteAsync(new Uri(link).Fragment.TrimStart('#'));
        await client.Page.GetByRole(AriaRole.Button, new() { Name = "Give access" }).ClickAsync();
        await client.WaitForRouteAsync("/coach");
        await Expect(client.Page.Locator("li[data-coach-id]")).ToContainTextAsync(coach.DisplayName);

        var row = coach.Page.Locator("table.roster tbody tr", new() { HasText = client.DisplayName });
        await coach.ReopenUntilAsync("#/coach", () => Expect(row).ToHaveCountAsync(1, new() { Timeout = 1000 }));
        await coach.ScreenshotAsync("coach-roster");

        await row.GetByRole(AriaRole.Link, new() { Name = client.DisplayName }).ClickAsync();
        await coach.WaitForRouteAsync("/coach/clients/" + await client.UserIdAsync());
        await Expect(coach.Page.Locator("figure.exercise-chart[data-exercise=leg-press] figcaption")).ToContainTextAsync("1 of 4");
        await coach.ScreenshotAsync("coach-client-progress");
        coach.AssertNoErrors();
        client.AssertNoErrors();
    }

    [Fact]
    public async Task Given_a_client_who_revokes_their_coach_When_the_coach_looks_again_Then_the_roster_and_the_client_view_are_empty()
    {
        await using var coach = await AppPage.OpenAsync(fixture);
        await using var client = await AppPage.OpenAsync(fixture);
        await coach.SignUpAsync(AppPage.NewUsername("coach"), "Coach " + Guid.NewGuid().ToString("N")[..5]);
        await client.SignUpAsync(AppPage.NewUsername("client"), "Client " + Guid.NewGuid().ToString("N")[..5]);
        await AcceptAsync(client, await CreateInviteAsync(coach));
        var clientId = await client.UserIdAsync();

        var row = coach.Page.Locator("table.roster tbody tr", new() { HasText = client.DisplayName });
        await coach.ReopenUntilAsync("#/coach", () => Expect(row).ToHaveCountAsync(1, new() { Timeout = 1000 }));

        await client.Page.GetByRole(AriaRole.Button, new() { Name = $"Revoke access of {coach.DisplayName}" }).ClickAsync();
        await Expect(client.Page.Locator("li[data-coach-id]")).ToHaveCountAsync(0);

        await coach.ReopenUntilAsync("#/coach", () => Expect(row).ToHaveCountAsync(0, new() { Timeout = 1000 }));
        await Expect(coach.Page.GetByText("No clients yet.")).ToBeVisibleAsync();

        await coach.GotoAsync($"#/coach/clients/{clientId}");
        await Expect(coach.Page.GetByText("No progress to show")).ToBeVisibleAsync();
        await Expect(coach.Page.Locator("svg.chart")).ToHaveCountAsync(0);
        Assert.All(coach.Errors, error => Assert.Contains("status of 404", error, StringComparison.Ordinal));
        client.AssertNoErrors();
    }

    [Fact]
    public async Task Given_an_idle_and_an_active_client_When_the_coach_opens_the_roster_on_a_phone_Then_the_idle_one_comes_first_and_no_word_is_split()
    {
        await using var coach = await AppPage.OpenAsync(fixture, 360, 740);
        await coach.SignUpAsync(AppPage.NewUsername("coach"), "Coach " + Guid.NewGuid().ToString("N")[..5]);
        var active = AppPage.NewUsername("active");
        var idle = AppPage.NewUsername("idle");

        // The active client gives access first and trains today; the idle one gives access later and never trains.
        foreach (var (username, sets) in new[] { (active, 6), (idle, 0) })
        {
            var code = await CreateInviteAsync(coach);
            using var http = await ApiClient.SignUpAsync(fixture.BaseAddress, username);
            (await http.PostAsJsonAsync("/api/me/coaches", new { code })).EnsureSuccessStatusCode();
            for (var i = 0; i < sets; i++)
            {
                var set = new { setId = Guid.NewGuid(), exerciseId = "leg-press", reps = 10, performedAt = DateTimeOffset.UtcNow };
                Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/me/sets", set)).StatusCode);
            }
        }

        var rows = coach.Page.Locator("table.roster tbody tr");
        var activeRow = rows.Filter(new() { HasText = active });
        await coach.ReopenUntilAsync("#/coach", async () =>
        {
            await Expect(rows).ToHaveCountAsync(2, new() { Timeout = 1000 });
            // The active client's sets have reached the roster: their 7-day adherence is no longer 0 %.
            await Expect(activeRow.Locator("td").Nth(1)).Not.ToHaveTextAsync("0%", new() { Timeout = 1000 });
            // The idle client's row has its name (pushed by their progress, after the grant put the row there).
            await Expect(rows.Filter(new() { HasText = idle })).ToHaveCountAsync(1, new() { Timeout = 1000 });
        });

        await Expect(rows.First).ToContainTextAsync(idle);
        await Expect(rows.Nth(1)).ToContainTextAsync(active);
        Assert.Equal(0, await coach.HorizontalOverflowAsync());
        Assert.Empty(await coach.Page.EvaluateAsync<string[]>(SplitWords, "table.roster"));
        await coach.ScreenshotAsync("360-coach-roster");
        coach.AssertNoErrors();
    }

    /// <summary>Words of the table (client names aside) that the layout broke over two lines.</summary>
    private const string SplitWords = """
        (selector) => {
          const split = [];
          for (const cell of document.querySelectorAll(`${selector} thead th, ${selector} td`)) {
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let node; (node = walker.nextNode());) {
              for (const match of node.textContent.matchAll(/\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                if (range.getClientRects().length > 1) split.push(match[0]);
              }
            }
          }
          return split;
        }
        """;

    private static async Task<string> CreateInviteAsync(AppPage coach)
    {
        await coach.NavigateAsync("coach", "/coach");
        var code = coach.Page.Locator("[data-testid=coach-code]");

        // A second invite on the same page replaces the first code: wait for the new one, not the one already shown.
        var shown = await code.CountAsync() > 0 ? await code.InnerTextAsync() : "";
        await coach.Page.GetByRole(AriaRole.Button, new() { Name = "Create an invite code" }).ClickAsync();
        await Expect(code).Not.ToBeEmptyAsync();
        if (shown.Length > 0) await Expect(code).Not.ToHaveTextAsync(shown);
        return await code.InnerTextAsync();
    }

    private static async Task AcceptAsync(AppPage client, string code)
    {
        await client.NavigateAsync("coach", "/coach");
        await client.Page.GetByLabel("Coach’s invite code").FillAsync(code);
        await client.Page.GetByRole(AriaRole.Button, new() { Name = "Give access" }).ClickAsync();
        await Expect(client.Page.Locator("li[data-coach-id]")).ToHaveCountAsync(1);
    }
}
