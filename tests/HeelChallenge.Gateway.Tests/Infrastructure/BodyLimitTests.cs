using System.Text;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

[Collection(GatewayCollection.Name)]
public sealed class BodyLimitTests(GatewayFactory factory)
{
    private const int Limit = 16 * 1024;

    [Fact]
    public async Task Given_a_body_over_16_KB_with_a_length_When_posting_a_set_Then_413_problem_naming_body_and_nothing_stored()
    {
        var user = await factory.SharedUserAsync();
        var setId = SetBodies.NewSetId();
        var body = SetBodies.LegPress(setId);
        body["padding"] = new string(' ', Limit);

        var response = await user.Client.PostAsync("/api/me/sets", SetBodies.Json(body));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.RequestEntityTooLarge, "body");
        Assert.Equal(HttpStatusCode.NotFound, (await user.Client.GetAsync($"/api/me/sets/{setId}")).StatusCode);
    }

    [Fact]
    public async Task Given_a_chunked_body_over_16_KB_When_creating_an_account_Then_413_problem_naming_body()
    {
        var json = $$"""{"username":"{{TestUser.FreshUsername()}}","password":"{{new string('p', Limit)}}","displayName":"X","timeZone":"UTC"}""";

        var response = await factory.CreateClient().PostAsync("/api/accounts", Chunked(json));

        await ProblemAssert.AssertFieldProblem(response, HttpStatusCode.RequestEntityTooLarge, "body");
    }

    [Fact]
    public async Task Given_a_small_chunked_body_When_posting_a_set_Then_it_is_read_normally()
    {
        var user = await factory.SharedUserAsync();

        var response = await user.Client.PostAsync("/api/me/sets", Chunked(SetBodies.LegPress(SetBodies.NewSetId()).ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    /// <summary>A body of unknown length (sent chunked), which Content-Length checks cannot catch.</summary>
    private static StreamContent Chunked(string json)
    {
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");
        return content;
    }

    private sealed class NoLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
