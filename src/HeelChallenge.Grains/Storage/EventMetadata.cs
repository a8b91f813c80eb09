using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace HeelChallenge.Grains.Storage;

/// <summary>Who wrote an event and under which trace: for operators following a request into the log.</summary>
/// <remarks>
/// Runs once per stored event, so it writes the JSON directly (a dictionary, a LINQ filter and the serializer cost
/// five allocations and a twentieth of an ingest request's bytes), and outside any trace the answer depends on
/// <c>recordedBy</c> alone, a grain class name, so it is computed once per name.
/// </remarks>
public static class EventMetadata
{
    private static readonly ConcurrentDictionary<string, string> Untraced = new(StringComparer.Ordinal);

    public static string? Create(string? recordedBy)
    {
        var activity = Activity.Current;
        if (activity is null)
        {
            return recordedBy is null ? null : Untraced.GetOrAdd(recordedBy, static name => Write(name, null));
        }

        return Write(recordedBy, activity);
    }

    private static string Write(string? recordedBy, Activity? activity)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            if (recordedBy is not null) json.WriteString("recordedBy", recordedBy);
            if (activity is not null)
            {
                json.WriteString("traceId", activity.TraceId.ToString());
                json.WriteString("spanId", activity.SpanId.ToString());
                if ((activity.GetBaggageItem("correlationId") ?? activity.RootId) is { } correlationId)
                    json.WriteString("correlationId", correlationId);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
