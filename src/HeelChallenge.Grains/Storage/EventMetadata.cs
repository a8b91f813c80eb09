using System.Diagnostics;
using System.Text.Json;

namespace HeelChallenge.Grains.Storage;

/// <summary>Who wrote an event and under which trace: for operators following a request into the log.</summary>
public static class EventMetadata
{
    public static string? Create(string? recordedBy)
    {
        var activity = Activity.Current;
        if (recordedBy is null && activity is null) return null;
        return JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["recordedBy"] = recordedBy,
            ["traceId"] = activity?.TraceId.ToString(),
            ["spanId"] = activity?.SpanId.ToString(),
            ["correlationId"] = activity?.GetBaggageItem("correlationId") ?? activity?.RootId,
        }.Where(p => p.Value is not null).ToDictionary());
    }
}
