namespace HeelChallenge.Gateway.Ping;

/// <summary>GET /api/ping: does nothing, the baseline the ingest benchmark compares against (same process, same
/// pipeline up to the handler). Anonymous and not rate limited.</summary>
public static class PingApi
{
    public static IEndpointRouteBuilder MapPingApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/ping", Ping)
            .WithTags("Diagnostics")
            .WithName("Ping")
            .WithSummary("No-op: answers 'pong'. The load-test baseline.")
            .AllowAnonymous();
        return app;
    }

    public static ContentHttpResult Ping() => TypedResults.Text("pong");
}
