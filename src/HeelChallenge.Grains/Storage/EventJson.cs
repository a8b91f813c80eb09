using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// JSON for stored events and snapshots: web defaults (camelCase), and only the data an object is built from.
/// A type built through a constructor (our event records) stores exactly its constructor parameters, so derived
/// values (<c>IdempotencyKey</c>) and the base record's copy of the timestamp (<c>At</c>) stay out of the log;
/// read-only computed properties (<c>IsRegistered</c>) stay out of snapshots.
/// </summary>
public static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OnlyConstructedData } },
        Converters = { new LoggedSetJsonConverter(), new SetLoggedJsonConverter(), new SetCorrectedJsonConverter() },
    };

    private static void OnlyConstructedData(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var builtFromConstructor = info.Properties.Any(p => p.AssociatedParameter is not null);
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            var property = info.Properties[i];
            if (property.AssociatedParameter is not null) continue;
            if (builtFromConstructor || property.Set is null) info.Properties.RemoveAt(i);
        }
    }
}
