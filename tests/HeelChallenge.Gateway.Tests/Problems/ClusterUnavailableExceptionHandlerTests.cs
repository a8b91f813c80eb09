using System.Text.Json;
using HeelChallenge.Gateway.Problems;
using Microsoft.AspNetCore.Http;
using HeelChallenge.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace HeelChallenge.Gateway.Tests.Problems;

[Collection(GatewayCollection.Name)]
public sealed class ClusterUnavailableExceptionHandlerTests(GatewayFactory factory)
{
    public static TheoryData<Exception> Transient => new()
    {
        new SiloUnavailableException("The target silo became unavailable"),
        new Orleans.Runtime.Messaging.ConnectionFailedException("Unable to connect to endpoint S127.0.0.1:11111:1"),
        new TimeoutException("Response did not arrive on time in 00:00:30"),
        new AggregateException(new SiloUnavailableException("gone")),
        new GatewayTooBusyException(),
        // Orleans' LocalGrainDirectory, word for word, while a killed silo is not yet declared dead.
        new OrleansException("Current directory at S127.0.0.1:11112:1 is not stable to perform the lookup for grainId user/1 (it maps to S127.0.0.1:11111:1, which is not a valid silo). Retry later."),
    };

    [Theory]
    [MemberData(nameof(Transient))]
    public async Task Given_a_grain_call_that_could_not_reach_its_silo_When_handled_Then_503_problem_json_with_retry_after(Exception exception)
    {
        var (handled, context) = await HandleAsync(exception);

        Assert.True(handled);
        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        using var body = await JsonDocument.ParseAsync(context.Response.Body);
        Assert.Equal(503, body.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("Retry", body.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_an_event_stream_client_When_its_grain_is_unreachable_Then_503_with_retry_after_and_no_body()
    {
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Request.Headers.Accept = "text/event-stream";
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<ClusterUnavailableExceptionHandler>(factory.Services);

        Assert.True(await handler.TryHandleAsync(context, new SiloUnavailableException("gone"), CancellationToken.None));

        Assert.Equal(503, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
    }

    public static TheoryData<Exception> Bugs => new()
    {
        new InvalidOperationException("a bug"),
        new OrleansException("Some other runtime failure."),
        new GrainExtensionNotInstalledException("missing extension"),
    };

    [Theory]
    [MemberData(nameof(Bugs))]
    public async Task Given_a_bug_When_handled_Then_left_to_the_default_500(Exception exception)
    {
        var (handled, context) = await HandleAsync(exception);

        Assert.False(handled);
        Assert.Equal(200, context.Response.StatusCode);
    }

    private async Task<(bool Handled, DefaultHttpContext Context)> HandleAsync(Exception exception)
    {
        var context = new DefaultHttpContext { RequestServices = factory.Services };
        context.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<ClusterUnavailableExceptionHandler>(factory.Services);
        return (await handler.TryHandleAsync(context, exception, CancellationToken.None), context);
    }
}
