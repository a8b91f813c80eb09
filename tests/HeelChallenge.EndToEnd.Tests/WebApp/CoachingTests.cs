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

    private static async Task<string> CreateInviteAsync(AppPage coach)
    {
        await coach.NavigateAsync("coach", "/coach");
        await coach.Page.GetByRole(AriaRole.Button, new() { Name = "Create an invite code" }).ClickAsync();
        var code = coach.Page.Locator("[data-testid=coach-code]");
        await Expect(code).Not.ToBeEmptyAsync();
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
