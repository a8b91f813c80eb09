using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>
/// A person uses every main page once. Everything the page asked for came from this origin, every API call it made
/// is an operation of the published OpenAPI document (the page has no private endpoints), and all visible text has
/// WCAG AA contrast against what is behind it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed partial class PageTourTests(WebAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_tour_of_every_main_page_Then_only_documented_api_operations_of_this_origin_are_called_and_all_text_has_AA_contrast()
    {
        var operations = await PublishedOperationsAsync();
        var calls = new ConcurrentBag<string>();
        var elsewhere = new ConcurrentBag<string>();
        await using var app = await AppPage.OpenAsync(fixture);
        app.Page.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme == "data") return;
            if (!string.Equals(url.Authority, fixture.BaseAddress.Authority, StringComparison.Ordinal)) elsewhere.Add(request.Url);
            else if (url.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)) calls.Add($"{request.Method} {url.AbsolutePath}");
        };

        await app.SignUpAsync(AppPage.NewUsername("tour"));
        await app.LogSetAsync("leg-press", "1 of 4");
        await ChallengeBoardTests.CreateChallengeAsync(app, "Tour of the pages");
        await Expect(app.Page.Locator(".live-state")).ToHaveTextAsync("● Live");
        var challenge = await app.Page.Locator("main").GetAttributeAsync("data-route");
        var lowContrast = new List<string>();
        foreach (var hash in new[] { "#/", "#/history", "#/progress", "#/challenges", "#" + challenge, "#/coach" })
        {
            await app.GotoAsync(hash);
            if (hash == "#/coach")
            {
                await app.Page.GetByRole(AriaRole.Button, new() { Name = "Create an invite code" }).ClickAsync();
                await Expect(app.Page.Locator("[data-testid=coach-code]")).Not.ToBeEmptyAsync();
            }

            lowContrast.AddRange((await app.Page.EvaluateAsync<string[]>(LowContrastText)).Select(text => $"{hash}: {text}"));
        }

        var called = calls.Distinct().Order(StringComparer.Ordinal).ToList();
        output.WriteLine("API calls: " + string.Join(", ", called));
        Assert.NotEmpty(called);
        Assert.Empty(elsewhere);
        Assert.All(called, call => Assert.True(operations.Any(op => op.IsMatch(call)), $"{call} is not an operation of /openapi/v1.json"));
        Assert.True(lowContrast.Count == 0, "Text below WCAG AA contrast:\n" + string.Join("\n", lowContrast));
        app.AssertNoErrors();
    }

    /// <summary>"METHOD /path" patterns of every operation in the OpenAPI document ({x} matches one path segment).</summary>
    private async Task<List<Regex>> PublishedOperationsAsync()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };
        var document = await http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var operations = new List<Regex>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var template = PathParameter().Replace(Regex.Escape(path.Name).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+");
            foreach (var method in path.Value.EnumerateObject())
            {
                operations.Add(new Regex($"^{method.Name.ToUpperInvariant()} {template}$", RegexOptions.CultureInvariant));
            }
        }

        return operations;
    }

    [GeneratedRegex(@"\{[^}/]+\}")]
    private static partial Regex PathParameter();

    /// <summary>Visible text nodes whose colour against the first opaque background behind them is under 4.5:1 (3:1 if large).</summary>
    private const string LowContrastText = """
        () => {
          const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
          const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
          const rgba = (s) => (s.match(/[\d.]+/g) || []).map(Number);
          const background = (el) => {
            for (let e = el; e; e = e.parentElement) {
              const c = rgba(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || c[3] > 0.5) return c;
            }
            return [255, 255, 255];
          };
          const low = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node; (node = walker.nextNode());) {
            const text = node.textContent.trim();
            const el = node.parentElement;
            if (!text || el.closest('[hidden], #toast, option, title')) continue;
            const style = getComputedStyle(el);
            const box = el.getBoundingClientRect();
            if (style.visibility === 'hidden' || +style.opacity === 0 || !box.width || !box.height) continue;
            const [light, dark] = [luminance(rgba(style.color)), luminance(background(el))].sort((a, b) => b - a);
            const ratio = (light + 0.05) / (dark + 0.05);
            const size = parseFloat(style.fontSize);
            const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
            if (ratio < (large ? 3 : 4.5)) low.push(`${ratio.toFixed(2)}:1 "${text.slice(0, 30)}" ${style.color} on rgb(${background(el)})`);
          }
          return low;
        }
        """;
}
