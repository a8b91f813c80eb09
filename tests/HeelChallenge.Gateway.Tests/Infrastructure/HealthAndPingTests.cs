namespace HeelChallenge.Gateway.Tests.Infrastructure;

[Collection(GatewayCollection.Name)]
public sealed class HealthAndPingTests(GatewayFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Given_a_started_host_When_probing_health_Then_200_healthy_without_a_token(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_no_token_When_pinging_Then_pong_as_text()
    {
        var response = await _client.GetAsync("/api/ping");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("pong", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_unknown_api_path_When_calling_it_with_a_token_Then_404_problem()
    {
        var user = await factory.SharedUserAsync();

        await ProblemAssert.AssertProblem(await user.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }
}
