using System.Text.Json;
using System.Text.Json.Serialization;

namespace HeelChallenge.Gateway.Json;

/// <summary>One set of JSON rules for every request and response: web defaults (camelCase), but strict on input.</summary>
public static class GatewayJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        // Unknown members are a client bug (a typo like "rep" would otherwise silently log nothing): reject them.
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.AllowDuplicateProperties = false;
        // The web defaults read "10" as 10; a number sent as a string is a wrong type here.
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new IsoInstantJsonConverter());
    }
}
