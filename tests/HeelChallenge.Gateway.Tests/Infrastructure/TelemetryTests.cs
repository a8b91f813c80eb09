using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace HeelChallenge.Gateway.Tests.Infrastructure;

[Collection(GatewayCollection.Name)]
public sealed class TelemetryTests(GatewayFactory factory)
{
    [Fact]
    public async Task Given_the_host_When_serving_a_request_Then_tracing_and_metrics_providers_listen_to_asp_net_core()
    {
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
        Assert.NotNull(factory.Services.GetService<MeterProvider>());

        // The tracer provider records ASP.NET Core's activity of a request; the caller's traceparent identifies ours
        // among the requests other test hosts in this process serve meanwhile.
        var traceId = ActivityTraceId.CreateRandom();
        var recorded = 0;
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
            ActivityStopped = activity =>
            {
                if (activity.TraceId == traceId && activity.Recorded) Interlocked.Exchange(ref recorded, 1);
            },
        };
        ActivitySource.AddActivityListener(listener);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/exercises");
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The server stops its activity after the response went out: poll for it, with a deadline.
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (Volatile.Read(ref recorded) == 0 && DateTime.UtcNow < deadline) await Task.Delay(5);
        Assert.Equal(1, recorded);
    }
}
