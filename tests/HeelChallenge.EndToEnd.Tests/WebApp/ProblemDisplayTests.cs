using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>Every problem+json answer reaches the person: detail at the top, each field's message by its field.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ProblemDisplayTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Given_an_invalid_sign_up_When_submitted_Then_each_field_error_shows_next_to_its_field_and_marks_it_invalid()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.GotoAsync("#/signup", "/signup");
        await app.Page.GetByLabel("Username").FillAsync("x");
        await app.Page.GetByLabel("Password").FillAsync("short");
        await app.Page.GetByLabel("Time zone").FillAsync("Mars/Olympus");
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        foreach (var (label, text) in new[] { ("Username", "username must be"), ("Password", "password must be"), ("Display name", "display"), ("Time zone", "Mars/Olympus") })
        {
            var input = app.Page.GetByLabel(label, new() { Exact = true });
            await Expect(input).ToHaveAttributeAsync("aria-invalid", "true");
            var field = app.Page.Locator(".field", new() { Has = input });
            await Expect(field.Locator(".field-error")).ToContainTextAsync(text, new() { IgnoreCase = true });
        }

        await Expect(app.Page.Locator(".form-error")).Not.ToBeEmptyAsync();
        await app.ScreenshotAsync("sign-up-errors");
        AssertOnlyFailedLoads(app, 400);
    }

    [Fact]
    public async Task Given_a_taken_username_When_someone_signs_up_with_it_Then_the_conflict_is_shown_by_the_username()
    {
        var username = AppPage.NewUsername("taken");
        await using (var first = await AppPage.OpenAsync(fixture)) await first.SignUpAsync(username);

        await using var app = await AppPage.OpenAsync(fixture);
        await app.GotoAsync("#/signup", "/signup");
        await app.Page.GetByLabel("Username").FillAsync(username.ToUpperInvariant());
        await app.Page.GetByLabel("Display name").FillAsync("Someone else");
        await app.Page.GetByLabel("Password").FillAsync(AppPage.Password);
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        var field = app.Page.Locator(".field", new() { Has = app.Page.GetByLabel("Username") });
        await Expect(field.Locator(".field-error")).Not.ToBeEmptyAsync();
        await Expect(app.Page.GetByLabel("Username")).ToBeFocusedAsync();
        AssertOnlyFailedLoads(app, 409);
    }

    [Fact]
    public async Task Given_a_wrong_password_When_signing_in_Then_the_detail_is_shown_and_nothing_else_happens()
    {
        var username = AppPage.NewUsername("wrong");
        await using (var first = await AppPage.OpenAsync(fixture)) await first.SignUpAsync(username);

        await using var app = await AppPage.OpenAsync(fixture);
        await app.GotoAsync("#/signin", "/signin");
        await app.Page.GetByLabel("Username").FillAsync(username);
        await app.Page.GetByLabel("Password").FillAsync("not the password");
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(app.Page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        await Expect(app.Page.Locator("main")).ToHaveAttributeAsync("data-route", "/signin");
        await Expect(app.Page.Locator("#nav")).ToBeHiddenAsync();
        AssertOnlyFailedLoads(app, 401);
    }

    [Fact]
    public async Task Given_an_unknown_invite_code_or_a_bad_challenge_window_When_submitted_Then_the_field_says_why()
    {
        await using var app = await AppPage.OpenAsync(fixture);
        await app.SignUpAsync(AppPage.NewUsername("probs"));
        await app.NavigateAsync("challenges", "/challenges");

        await app.Page.GetByLabel("Invite code", new() { Exact = true }).FillAsync("ZZZZ2222");
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Join", Exact = true }).ClickAsync();
        var codeField = app.Page.Locator(".field", new() { Has = app.Page.GetByLabel("Invite code", new() { Exact = true }) });
        await Expect(codeField.Locator(".field-error")).Not.ToBeEmptyAsync();

        var create = app.Page.GetByRole(AriaRole.Form, new() { Name = "Create a challenge" });
        await create.GetByLabel("Name").FillAsync("Backwards");
        await create.GetByLabel("Starts").FillAsync("2030-06-10");
        await create.GetByLabel("Ends (last day)").FillAsync("2030-06-01");
        await create.GetByRole(AriaRole.Button, new() { Name = "Create challenge" }).ClickAsync();
        await Expect(create.GetByLabel("Ends (last day)")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(create.Locator(".form-error")).Not.ToBeEmptyAsync();
        await app.ScreenshotAsync("challenge-errors");
        AssertOnlyFailedLoads(app, 400, 404);
    }

    /// <summary>Chromium logs each 4xx answer as "Failed to load resource"; the refusals a test provokes are expected.</summary>
    private static void AssertOnlyFailedLoads(AppPage app, params int[] statuses) =>
        Assert.All(app.Errors, error => Assert.True(
            statuses.Any(s => error.Contains($"status of {s}", StringComparison.Ordinal)),
            "unexpected page error: " + error));
}
