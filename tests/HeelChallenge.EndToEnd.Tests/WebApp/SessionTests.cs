using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

[Collection(WebAppCollection.Name)]
public sealed class SessionTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Given_a_signed_out_person_When_they_open_a_page_Then_signing_in_takes_them_there_and_signing_out_forgets_the_token()
    {
        var username = AppPage.NewUsername("session");
        await using (var first = await AppPage.OpenAsync(fixture)) await first.SignUpAsync(username);

        await using var app = await AppPage.OpenAsync(fixture);
        await app.Page.GotoAsync("/#/history");
        await app.WaitForRouteAsync("/signin");
        await Expect(app.Page.Locator("#nav")).ToBeHiddenAsync();
        await app.Page.GetByLabel("Username").FillAsync(username);
        await app.Page.GetByLabel("Password").FillAsync(AppPage.Password);
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await app.WaitForRouteAsync("/history");

        // A reload keeps the session (sessionStorage); signing out drops it.
        await app.GotoAsync("#/history");
        await app.Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await app.WaitForRouteAsync("/signin");
        Assert.Null(await app.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('hc.session')"));
        await app.Page.GotoAsync("/#/");
        await app.WaitForRouteAsync("/signin");
        app.AssertNoErrors();
    }
}
