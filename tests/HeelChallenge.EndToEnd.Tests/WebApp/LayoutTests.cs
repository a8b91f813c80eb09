using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>Phone-sized: every main page fits 360 px without horizontal scrolling, and none logs an error.</summary>
[Collection(WebAppCollection.Name)]
public sealed class LayoutTests(WebAppFixture fixture, ITestOutputHelper output)
{
    [Fact]
    public async Task Given_a_360_px_wide_screen_When_each_main_page_opens_Then_nothing_overflows_horizontally_and_no_error_is_logged()
    {
        await using var app = await AppPage.OpenAsync(fixture, width: 360, height: 740);
        await app.SignUpAsync(AppPage.NewUsername("narrow"));
        await app.LogSetAsync("leg-press", "1 of 4");
        await app.LogSetAsync("arch-rolls", "Left 1 of 1");
        await ChallengeBoardTests.CreateChallengeAsync(app, "A rather long challenge name that has to wrap on small phones");
        var challenge = await app.Page.Locator("main").GetAttributeAsync("data-route");

        var pages = new (string Hash, string Name)[]
        {
            ("#/", "today"), ("#/history", "history"), ("#/progress", "progress"), ("#/challenges", "challenges"),
            ("#" + challenge, "challenge"), ("#/coach", "coach"),
        };
        foreach (var (hash, name) in pages)
        {
            await app.GotoAsync(hash);
            if (name == "challenge") await Expect(app.Page.Locator(".live-state")).ToHaveTextAsync("● Live");
            var overflow = await app.HorizontalOverflowAsync();
            output.WriteLine($"{name}: horizontal overflow {overflow} px");
            Assert.True(overflow <= 0, $"{name} overflows 360 px by {overflow} px");
            await app.ScreenshotAsync("360-" + name);
        }

        app.AssertNoErrors();
    }

    [Fact]
    public async Task Given_the_sign_in_page_on_a_phone_When_it_opens_Then_it_fits_and_every_input_has_a_label()
    {
        await using var app = await AppPage.OpenAsync(fixture, width: 360, height: 740);
        await app.GotoAsync("#/signup", "/signup");
        Assert.True(await app.HorizontalOverflowAsync() <= 0);
        var unlabelled = await app.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('input, select, textarea')].filter(i => !i.labels?.length && !i.getAttribute('aria-label')).length");
        Assert.Equal(0, unlabelled);
        await app.ScreenshotAsync("360-sign-up");
        app.AssertNoErrors();
    }
}
