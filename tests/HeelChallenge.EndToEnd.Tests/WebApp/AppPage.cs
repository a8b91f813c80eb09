using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>
/// One person in one browser context, driving the web app the way they would: through its links, buttons and
/// forms. Collects every console error and uncaught page error, so a test can assert the page stayed clean.
/// </summary>
public sealed class AppPage : IAsyncDisposable
{
    public const string Password = "correct horse battery";
    private readonly List<string> _errors = [];

    private AppPage(WebAppFixture fixture, IBrowserContext context, IPage page)
    {
        Fixture = fixture;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Record($"console: {message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => Record($"page error: {error}");
    }

    public WebAppFixture Fixture { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string Username { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public IReadOnlyList<string> Errors
    {
        get { lock (_errors) return [.. _errors]; }
    }

    public static string NewUsername(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    public static async Task<AppPage> OpenAsync(WebAppFixture fixture, int width = 390, int height = 844)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
            TimezoneId = "Europe/Paris",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new AppPage(fixture, context, page);
    }

    /// <summary>Opens a hash route (e.g. "#/history") and waits until that page has rendered.</summary>
    public async Task GotoAsync(string hash, string? expectRoute = null)
    {
        var target = new Uri(Fixture.BaseAddress, "/" + hash).ToString();
        // Going to the very URL the page shows is a same-document no-op in a browser: reload to read it afresh.
        if (Page.Url == target) await Page.ReloadAsync();
        else await Page.GotoAsync(target);
        await WaitForRouteAsync(expectRoute ?? RouteOf(hash));
    }

    public async Task WaitForRouteAsync(string route) =>
        await Expect(Page.Locator($"main[data-ready][data-route=\"{route}\"]")).ToHaveCountAsync(1);

    /// <summary>
    /// Opens the page again until the assertion holds or the deadline passes: for read models (progress, roster) that
    /// trail the write they reflect by a moment, and that a page reads once when it opens.
    /// </summary>
    public async Task ReopenUntilAsync(string hash, Func<Task> assertion, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            await GotoAsync(hash);
            try
            {
                await assertion();
                return;
            }
            catch (PlaywrightException) when (DateTime.UtcNow < deadline)
            {
            }
        }
    }

    /// <summary>Follows a link of the main navigation, as a person would.</summary>
    public async Task NavigateAsync(string nav, string route)
    {
        await Page.Locator($"nav a[data-nav=\"{nav}\"]").ClickAsync();
        await WaitForRouteAsync(route);
    }

    public async Task SignUpAsync(string username, string? displayName = null)
    {
        Username = username;
        DisplayName = displayName ?? "Ada " + username[^6..];
        await GotoAsync("#/signup", "/signup");
        await Page.GetByLabel("Username").FillAsync(username);
        await Page.GetByLabel("Display name").FillAsync(DisplayName);
        await Page.GetByLabel("Password").FillAsync(Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await WaitForRouteAsync("/");
    }

    public async Task<Guid> UserIdAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => sessionStorage.getItem('hc.session')");
        return JsonDocument.Parse(json).RootElement.GetProperty("userId").GetGuid();
    }

    public ILocator Card(string exerciseId) => Page.Locator($"article.exercise[data-exercise=\"{exerciseId}\"]");

    /// <summary>The two taps on Today: "Log a set" (prefilled with the prescription), then "Save set".</summary>
    public async Task LogSetAsync(string exerciseId, string expectedDone)
    {
        var card = Card(exerciseId);
        await card.GetByRole(AriaRole.Button, new() { Name = "Log a set" }).ClickAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "Save set" }).ClickAsync();
        await Expect(card.Locator(".done-line")).ToContainTextAsync(expectedDone);
    }

    public async Task<int> HorizontalOverflowAsync() =>
        await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(WebAppFixture.ScreenshotDirectory, name + ".png"),
            FullPage = true,
        });

    public void AssertNoErrors() =>
        Assert.True(Errors.Count == 0, "The page reported errors:\n" + string.Join("\n", Errors));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static string RouteOf(string hash)
    {
        var path = hash.TrimStart('#');
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) path = path[..query];
        return path.Length == 0 ? "/" : path;
    }

    private void Record(string text)
    {
        lock (_errors) _errors.Add(text);
    }
}
