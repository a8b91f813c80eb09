using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>The outbox promise: a set whose answer was lost is retried with the same setId and stored once.</summary>
[Collection(WebAppCollection.Name)]
public sealed class SetRetryTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Given_the_server_stores_a_set_but_its_answer_is_lost_When_the_page_retries_Then_the_set_is_stored_once_under_one_setId()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.SignUpAsync(AppPage.NewUsername("retry"));

        var answersLost = true;
        var sentSetIds = new ConcurrentQueue<string>();
        await app.Page.RouteAsync(url => url.EndsWith("/api/me/sets", StringComparison.Ordinal), async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.ContinueAsync();
                return;
            }

            sentSetIds.Enqueue(JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("setId").GetString()!);
            if (!Volatile.Read(ref answersLost))
            {
                await route.ContinueAsync();
                return;
            }

            // The request reaches the server (which stores the set), then the connection drops before the answer.
            await route.FetchAsync();
            await route.AbortAsync("connectionreset");
        });

        var card = app.Card("leg-press");
        await card.GetByRole(AriaRole.Button, new() { Name = "Log a set" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Save set" }).ClickAsync();

        // Pending, shown on the card and in the banner, while attempts keep failing.
        await Expect(card.Locator(".done-line")).ToContainTextAsync("0 of 4 (+1 sending)");
        await Expect(app.Page.Locator("#outbox .pending")).ToContainTextAsync("1 set waiting to be sent");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (sentSetIds.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
        await app.ScreenshotAsync("today-pending-set");

        Volatile.Write(ref answersLost, false);
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Retry now" }).ClickAsync();
        await Expect(card.Locator(".done-line")).ToHaveTextAsync("Done today: 1 of 4");
        await Expect(app.Page.Locator("#outbox")).ToBeHiddenAsync();

        Assert.True(sentSetIds.Count >= 3, $"expected at least 3 attempts, saw {sentSetIds.Count}");
        Assert.Single(sentSetIds.Distinct());
        await app.NavigateAsync("history", "/history");
        await Expect(app.Page.Locator(".set-row")).ToHaveCountAsync(1);
        await Expect(app.Page.Locator($".set-row[data-set-id=\"{sentSetIds.First()}\"]")).ToHaveCountAsync(1);

        // The only errors are the dropped connections this test caused.
        Assert.All(app.Errors, error => Assert.Contains("ERR_CONNECTION_RESET", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_the_browser_is_offline_When_a_set_is_saved_and_the_network_returns_Then_it_is_sent_by_itself_and_stored_once()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.SignUpAsync(AppPage.NewUsername("offline"));
        var sent = new ConcurrentQueue<string>();
        var failed = 0;
        app.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/me/sets", StringComparison.Ordinal))
                sent.Enqueue(JsonDocument.Parse(request.PostData!).RootElement.GetProperty("setId").GetString()!);
        };
        app.Page.RequestFailed += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/me/sets", StringComparison.Ordinal)) Interlocked.Increment(ref failed);
        };

        await app.Context.SetOfflineAsync(true);
        var card = app.Card("leg-press");
        await card.GetByRole(AriaRole.Button, new() { Name = "Log a set" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Save set" }).ClickAsync();
        await Expect(card.Locator(".done-line")).ToContainTextAsync("0 of 4 (+1 sending)");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref failed) == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Volatile.Read(ref failed) > 0, "the page never tried to send while offline");

        // Back online: nobody taps anything; the page sends the waiting set again, under the same setId.
        await app.Context.SetOfflineAsync(false);
        await Expect(card.Locator(".done-line")).ToHaveTextAsync("Done today: 1 of 4", new() { Timeout = 15_000 });
        await Expect(app.Page.Locator("#outbox")).ToBeHiddenAsync();

        Assert.Single(sent.Distinct());
        await app.NavigateAsync("history", "/history");
        await Expect(app.Page.Locator($".set-row[data-set-id=\"{sent.First()}\"]")).ToHaveCountAsync(1);
        await Expect(app.Page.Locator(".set-row")).ToHaveCountAsync(1);
        Assert.All(app.Errors, error => Assert.Contains("ERR_INTERNET_DISCONNECTED", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_two_sets_logged_one_after_the_other_Then_each_gets_its_own_setId()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.SignUpAsync(AppPage.NewUsername("ids"));
        var sent = new ConcurrentQueue<string>();
        app.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/api/me/sets", StringComparison.Ordinal))
                sent.Enqueue(JsonDocument.Parse(request.PostData!).RootElement.GetProperty("setId").GetString()!);
        };

        await app.LogSetAsync("leg-press", "1 of 4");
        await app.LogSetAsync("leg-press", "2 of 4");

        Assert.Equal(2, sent.Distinct().Count());
        app.AssertNoErrors();
    }
}
