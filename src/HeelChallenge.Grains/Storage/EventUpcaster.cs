using System.Text.Json;

namespace HeelChallenge.Grains.Storage;

/// <summary>
/// Turns an event stored under an old type name (a schema that no longer has a class) into a current event, on read.
/// Stored events are never rewritten: when an event's shape must change, give the new shape a new alias (".v2"),
/// keep or delete the old class, and register an upcaster for the old name with
/// <see cref="Hosting.EventSourcingServiceCollectionExtensions.AddEventUpcaster{TEvent}"/>. The JSON is the stored
/// <c>Data</c>; <see cref="EventJson.Options"/> are the options it was written with.
/// </summary>
public sealed record EventUpcaster<TEvent>(string TypeName, Func<JsonElement, TEvent> Upcast)
    where TEvent : class;
