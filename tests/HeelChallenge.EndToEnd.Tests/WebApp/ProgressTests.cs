using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

[Collection(WebAppCollection.Name)]
public sealed class ProgressTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Given_sets_logged_today_When_progress_opens_Then_the_streak_adherence_bars_and_per_exercise_charts_show_them()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.SignUpAsync(AppPage.NewUsername("prog"));
        await app.LogSetAsync("leg-press", "1 of 4");
        await app.LogSetAsync("leg-press", "2 of 4");
        await app.LogSetAsync("ankle-alphabet", "Left 1 of 2");

        // The progress projection trails the log by a moment: open the page again until it shows all three sets.
        await app.ReopenUntilAsync("#/progress", () => Expect(app.Page.Locator("figure.exercise-chart[data-exercise=ankle-alphabet] figcaption"))
            .ToContainTextAsync("1 of 4", new() { Timeout = 1000 }));
        await Expect(app.Page.Locator("[data-testid=current-streak]")).ToHaveTextAsync("1 d");
        await Expect(app.Page.Locator("[data-testid=adherence7]")).Not.ToHaveTextAsync("0%");
        await Expect(app.Page.Locator("figure.exercise-chart[data-exercise=leg-press] figcaption")).ToContainTextAsync("2 of 4");
        await Expect(app.Page.Locator("figure.exercise-chart[data-exercise=ankle-alphabet] figcaption")).ToContainTextAsync("1 of 4");
        await Expect(app.Page.Locator("figure.exercise-chart")).ToHaveCountAsync(8);
        // 30 days: a square per day in the streak strip, the last one (today) filled.
        var squares = app.Page.Locator("svg.chart rect.mark");
        await Expect(squares).ToHaveCountAsync(30);
        await Expect(squares.Last).ToHaveClassAsync("mark on");
        // The bars are drawn to scale: today's leg-press bar is 2 of 4 sets (half the goal line's height); the daily
        // adherence bar of today is drawn, the days before it are empty.
        Assert.Equal(0.5, await LastBarShareAsync(app, "figure.exercise-chart[data-exercise=leg-press] svg"), 2);
        var adherence = app.Page.Locator("svg.chart[aria-label^='Daily adherence']");
        Assert.InRange(await LastBarShareAsync(app, "svg.chart[aria-label^='Daily adherence']"), 0.01, 1.0);
        Assert.Equal(0, await adherence.EvaluateAsync<int>("svg => [...svg.querySelectorAll('rect.bar')].slice(0, -1).filter(r => +r.getAttribute('height') > 0).length"));
        await app.ScreenshotAsync("progress");

        // The dashboard's strip reads the same projection.
        await app.NavigateAsync("today", "/");
        await Expect(app.Page.Locator(".stats .stat", new() { HasText = "Streak" })).ToContainTextAsync("1 day");
        await Expect(app.Page.Locator(".stats .stat", new() { HasText = "Sets today" })).ToContainTextAsync("3");
        await app.ScreenshotAsync("dashboard");
        app.AssertNoErrors();
    }

    /// <summary>The last bar's height as a share of the chart's 0–100 % span (axis to goal line).</summary>
    private static Task<double> LastBarShareAsync(AppPage app, string chart) =>
        app.Page.Locator(chart).EvaluateAsync<double>("""
            svg => {
              const axis = +svg.querySelector('line.axis').getAttribute('y1') - 0.5;
              const goal = +svg.querySelector('line.goal').getAttribute('y1');
              const bars = svg.querySelectorAll('rect.bar');
              return +bars[bars.length - 1].getAttribute('height') / (axis - goal);
            }
            """);
}
