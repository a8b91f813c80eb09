using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HeelChallenge.Gateway.Tests.Security;

/// <summary>Every HTTP endpoint the host maps, as "METHOD /pattern" with each route parameter written as {*}.</summary>
public static class EndpointList
{
    public static IReadOnlySet<string> Of(GatewayFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(m => $"{m} {Normalize(e.RoutePattern.RawText ?? "")}"))
            .ToHashSet(StringComparer.Ordinal);

    public static string Normalize(string path)
    {
        var segments = ("/" + path.Trim('/')).Split('?')[0].Split('/');
        return string.Join("/", segments.Select(s => s.StartsWith('{') ? "{*}" : s));
    }
}
