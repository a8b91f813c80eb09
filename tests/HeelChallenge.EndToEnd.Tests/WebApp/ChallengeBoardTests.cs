using System.Diagnostics;
using System.Net.Http.Json;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace HeelChallenge.EndToEnd.Tests.WebApp;

/// <summary>Create a challenge, share its link, join it from another browser, and watch the board move live.</summary>
[Collection(WebAppCollection.Name)]
public sealed class ChallengeBoardTests(WebAppFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan LiveWithin = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task Given_two_people_in_one_challenge_When_one_logs_a_set_Then_it_appears_on_the_others_live_board_within_2_seconds()
    {
        await using var owner = await AppPage.OpenAsync(fixture);
        await using var friend = await AppPage.OpenAsync(fixture);
        await owner.SignUpAsync(AppPage.NewUsername("owner"));
        await friend.SignUpAsync(AppPage.NewUsername("friend"));

        var link = await CreateChallengeAsync(owner, "Heel week " + owner.Username[^4..]);
        await friend.Page.GotoAsync(link);
        await friend.WaitForRouteAsync("/join/" + link.Split("/join/")[1]);
        await friend.Page.GetByRole(AriaRole.Button, new() { Name = "Join the challenge" }).ClickAsync();
        await Expect(friend.Page.Locator("main")).ToHaveAttributeAsync("data-route", new System.Text.RegularExpressions.Regex("^/challenges/"));

        // The owner has been watching since creating it: the friend's joining shows up live, with 0 points.
        var friendId = await friend.UserIdAsync();
        var friendRow = owner.Page.Locator($".board li[data-user-id=\"{friendId}\"]");
        await Expect(owner.Page.Locator(".live-state")).ToHaveTextAsync("● Live");
        await Expect(friendRow.Locator(".points")).ToHaveTextAsync("0 pts");

        await friend.NavigateAsync("today", "/");
        var logged = friend.Page.WaitForResponseAsync(r => r.Url.EndsWith("/api/me/sets", StringComparison.Ordinal) && r.Request.Method == "POST");
        var card = friend.Card("leg-press");
        await card.GetByRole(AriaRole.Button, new() { Name = "Log a set" }).ClickAsync();

        // The clock runs from the tap that saves the set: the round trip of the POST counts against the 2 s too.
        var sinceTap = Stopwatch.StartNew();
        await card.GetByRole(AriaRole.Button, new() { Name = "Save set" }).ClickAsync();
        Assert.Equal(201, (await logged).Status);
        var left = LiveWithin - sinceTap.Elapsed;
        Assert.True(left > TimeSpan.Zero, $"the POST alone took {sinceTap.ElapsedMilliseconds} ms");

        await Expect(friendRow.Locator(".points")).ToHaveTextAsync("10 pts", new() { Timeout = (float)left.TotalMilliseconds });
        output.WriteLine($"the set reached the other browser's board {sinceTap.ElapsedMilliseconds} ms after the tap on 'Save set'");
        await Expect(friendRow.Locator(".rank")).ToHaveTextAsync("1");
        await Expect(owner.Page.Locator(".lede")).ToContainTextAsync("2 taking part");

        // Each sees their own row highlighted.
        await Expect(owner.Page.Locator(".board li.me")).ToContainTextAsync(owner.DisplayName);
        await owner.ScreenshotAsync("leaderboard");
        owner.AssertNoErrors();
        friend.AssertNoErrors();
    }

    [Fact]
    public async Task Given_a_challenge_When_its_invite_link_is_copied_Then_the_clipboard_holds_the_join_link_and_the_code()
    {
        await using var owner = await AppPage.OpenAsync(fixture);
        await owner.SignUpAsync(AppPage.NewUsername("copy"));
        var link = await CreateChallengeAsync(owner, "Copy me");

        await owner.Page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        var copied = await owner.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(link, copied);
        var code = await owner.Page.Locator("[data-testid=invite-code]").InnerTextAsync();
        Assert.EndsWith("#/join/" + code, link, StringComparison.Ordinal);
        owner.AssertNoErrors();
    }

    [Fact]
    public async Task Given_an_invite_link_When_opened_signed_out_Then_signing_up_leads_back_to_the_join_page()
    {
        await using var owner = await AppPage.OpenAsync(fixture);
        await owner.SignUpAsync(AppPage.NewUsername("host"));
        var link = await CreateChallengeAsync(owner, "Bring a friend");

        await using var guest = await AppPage.OpenAsync(fixture);
        await guest.Page.GotoAsync(link);
        await guest.WaitForRouteAsync("/signin");
        await guest.Page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await guest.WaitForRouteAsync("/signup");
        await guest.Page.GetByLabel("Username").FillAsync(AppPage.NewUsername("guest"));
        await guest.Page.GetByLabel("Display name").FillAsync("Guest");
        await guest.Page.GetByLabel("Password").FillAsync(AppPage.Password);
        await guest.Page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await guest.WaitForRouteAsync("/join/" + link.Split("/join/")[1]);
        await guest.Page.GetByRole(AriaRole.Button, new() { Name = "Join the challenge" }).ClickAsync();
        await Expect(guest.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bring a friend");
        await Expect(guest.Page.GetByRole(AriaRole.Button, new() { Name = "Leave" })).ToBeVisibleAsync();
        guest.AssertNoErrors();
    }

    [Fact]
    public async Task Given_challenges_I_created_and_joined_When_the_challenges_page_opens_Then_it_lists_them()
    {
        await using var owner = await AppPage.OpenAsync(fixture);
        await owner.SignUpAsync(AppPage.NewUsername("mine"));
        var name = "Listed " + owner.Username[^6..];
        await CreateChallengeAsync(owner, name);

        // The list is a read model that trails the write by a moment.
        var mine = owner.Page.Locator("section", new() { Has = owner.Page.GetByRole(AriaRole.Heading, new() { Name = "Your challenges" }) });
        await owner.ReopenUntilAsync("#/challenges", () => Expect(mine.GetByRole(AriaRole.Link, new() { Name = name })).ToBeVisibleAsync(new() { Timeout = 1000 }));
        await owner.ScreenshotAsync("challenges");
        owner.AssertNoErrors();
    }

    [Fact]
    public async Task Given_a_board_longer_than_its_box_When_others_score_Then_my_row_stays_highlighted_and_in_view()
    {
        await using var me = await AppPage.OpenAsync(fixture);
        await me.SignUpAsync(AppPage.NewUsername("last"));
        await CreateChallengeAsync(me, "Crowded");
        var code = await me.Page.Locator("[data-testid=invite-code]").InnerTextAsync();

        // Twenty others join through the public API and each score 10 points: I am last, far below the fold.
        var others = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            var http = await ApiClient.SignUpAsync(fixture.BaseAddress, AppPage.NewUsername("crowd"));
            (await http.PostAsJsonAsync("/api/challenges/join", new { inviteCode = code })).EnsureSuccessStatusCode();
            var set = new { setId = Guid.NewGuid().ToString(), exerciseId = "leg-press", reps = 10, performedAt = DateTimeOffset.Now };
            (await http.PostAsJsonAsync("/api/me/sets", set)).EnsureSuccessStatusCode();
            return http;
        }));

        var mine = me.Page.Locator(".board li.me");
        await Expect(mine.Locator(".rank")).ToHaveTextAsync("21", new() { Timeout = 10_000 });
        await Expect(mine).ToContainTextAsync("(you)");
        Assert.True(await IsInsideBoardBoxAsync(me), "my row is not visible inside the board");
        await me.ScreenshotAsync("leaderboard-crowded");

        foreach (var http in others) http.Dispose();
        me.AssertNoErrors();
    }

    private static Task<bool> IsInsideBoardBoxAsync(AppPage app) =>
        app.Page.EvaluateAsync<bool>("""
            () => {
              const box = document.querySelector('.board-scroll').getBoundingClientRect();
              const row = document.querySelector('.board li.me').getBoundingClientRect();
              return box.height < document.querySelector('.board').scrollHeight && row.top >= box.top && row.bottom <= box.bottom;
            }
            """);

    /// <summary>Creates a challenge through the form (starting today, private) and answers its invite link.</summary>
    public static async Task<string> CreateChallengeAsync(AppPage app, string name)
    {
        await app.NavigateAsync("challenges", "/challenges");
        var form = app.Page.GetByRole(AriaRole.Form, new() { Name = "Create a challenge" });
        await form.GetByLabel("Name").FillAsync(name);
        await form.GetByRole(AriaRole.Button, new() { Name = "Create challenge" }).ClickAsync();
        await Expect(app.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(name);
        await Expect(app.Page.Locator("main[data-ready][data-route^='/challenges/']")).ToHaveCountAsync(1);
        return await app.Page.GetByLabel("Invite link").InputValueAsync();
    }
}
