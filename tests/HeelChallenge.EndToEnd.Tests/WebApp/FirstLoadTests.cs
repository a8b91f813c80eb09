using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>
/// The first load of "/" with an empty cache: bytes transferred (≤ 200 KB) and the time until the app marks itself
/// interactive (≤ 1 s), both from the browser's own performance timing.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class FirstLoadTests(WebAppFixture fixture, ITestOutputHelper output)
{
    private const int MaxBytes = 200 * 1024;
    private const double MaxInteractiveMs = 1000;

    private const string Timing = """
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const mark = performance.getEntriesByName('app-interactive')[0];
          return JSON.stringify({
            bytes: nav.transferSize + resources.reduce((sum, r) => sum + r.transferSize, 0),
            requests: 1 + resources.length,
            domInteractive: nav.domInteractive,
            domContentLoaded: nav.domContentLoadedEventEnd,
            load: nav.loadEventEnd,
            appInteractive: mark ? mark.startTime : -1,
          });
        }
        """;

    [Fact]
    public async Task Given_an_empty_cache_When_the_root_page_loads_Then_it_transfers_at_most_200_KB_and_becomes_interactive()
    {
        // Each visit is a new browser context: an empty cache every time. The first visit may be the host's first
        // request for these files (its own start-up work); the second is a first visit as users make it.
        LoadTiming? signIn = null;
        foreach (var visit in new[] { "sign-in page (first visit, first of the host)", "sign-in page (first visit)" })
        {
            await using var app = await AppPage.OpenAsync(fixture);
            await app.Page.GotoAsync("/", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await app.WaitForRouteAsync("/signin");
            await Expect(app.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToBeEnabledAsync();
            signIn = await MeasureAsync(app, visit);
            Assert.True(signIn.Bytes <= MaxBytes, $"first load transferred {signIn.Bytes} bytes");
            Assert.True(signIn.AppInteractive > 0, "the app never marked itself interactive");
            app.AssertNoErrors();
        }

        Assert.True(signIn!.AppInteractive <= MaxInteractiveMs, $"the app became interactive after {signIn.AppInteractive:F0} ms");

        // The signed-in dashboard from an empty cache: page, scripts, catalog, profile, today's sets, progress.
        var username = AppPage.NewUsername("load");
        await using (var signUp = await AppPage.OpenAsync(fixture)) await signUp.SignUpAsync(username);
        await using var returning = await AppPage.OpenAsync(fixture);
        await returning.GotoAsync("#/signin", "/signin");
        await returning.Page.GetByLabel("Username").FillAsync(username);
        await returning.Page.GetByLabel("Password").FillAsync(AppPage.Password);
        await returning.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await returning.WaitForRouteAsync("/");
        var dashboard = await MeasureAsync(returning, "sign-in + dashboard (same visit)");
        Assert.True(dashboard.Bytes <= MaxBytes, $"sign-in and dashboard transferred {dashboard.Bytes} bytes");

        Assert.True(dashboard.AppInteractive <= MaxInteractiveMs, $"the app became interactive after {dashboard.AppInteractive:F0} ms");
        returning.AssertNoErrors();
    }

    private async Task<LoadTiming> MeasureAsync(AppPage app, string what)
    {
        var timing = JsonSerializer.Deserialize<LoadTiming>(await app.Page.EvaluateAsync<string>(Timing), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        output.WriteLine(
            $"{what}: {timing.Bytes / 1024.0:F1} KB in {timing.Requests} requests; DOM interactive {timing.DomInteractive:F0} ms, " +
            $"DOMContentLoaded {timing.DomContentLoaded:F0} ms, load {timing.Load:F0} ms, app interactive {timing.AppInteractive:F0} ms");
        return timing;
    }

    private sealed record LoadTiming(long Bytes, int Requests, double DomInteractive, double DomContentLoaded, double Load, double AppInteractive);
}
