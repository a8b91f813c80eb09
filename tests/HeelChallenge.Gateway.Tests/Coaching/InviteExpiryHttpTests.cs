namespace HeelChallenge.Gateway.Tests.Coaching;

public sealed class InviteExpiryHttpTests(ShortInviteFactory factory) : IClassFixture<ShortInviteFactory>
{
    [Fact]
    public async Task Given_Coaching_InviteLifetime_When_the_code_is_entered_after_it_Then_410_naming_code_and_saying_expired()
    {
        var coach = await TestUser.CreateAsync(factory);
        var client = await TestUser.CreateAsync(factory);
        var issued = await coach.Client.PostAsync("/api/coach/invites", null);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        var expiresAt = body.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.InRange(expiresAt, DateTimeOffset.UtcNow.AddSeconds(-30), DateTimeOffset.UtcNow);
        // Waits on the clock itself, which is what expiry is about.
        Assert.True(SpinWait.SpinUntil(() => DateTimeOffset.UtcNow > expiresAt, TimeSpan.FromSeconds(5)));

        var response = await CoachingKit.Accept(client, body.GetProperty("code").GetString()!);

        var problem = await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.Gone, "code");
        Assert.Contains("expired", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await client.Client.GetFromJsonAsync<JsonElement>("/api/me/coaches")).GetProperty("items").GetArrayLength());
    }
}
