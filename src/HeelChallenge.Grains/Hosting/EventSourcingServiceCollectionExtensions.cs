using System.Text.Json;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HeelChallenge.Grains.Hosting;

public static class EventSourcingServiceCollectionExtensions
{
    /// <summary>Event type registries, serializers and <see cref="EventSourcingServices{TEvent}"/> for every event base
    /// type (open generics), TimeProvider.System (TryAdd), metrics.</summary>
    public static IServiceCollection AddHeelChallengeEventSourcing(this IServiceCollection services, Action<EventSourcingOptions>? configure = null)
    {
        services.TryAddSingleton(typeof(EventTypeRegistry<>));
        services.TryAddSingleton(typeof(EventSerializer<>));
        services.TryAddSingleton(typeof(EventSourcingServices<>));
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.TryAddSingleton<HeelChallengeMetrics>();
        var options = services.AddOptions<EventSourcingOptions>();
        if (configure is not null) options.Configure(configure);
        return services;
    }

    /// <summary>Reads events stored under <paramref name="oldTypeName"/> as current <typeparamref name="TEvent"/>s.</summary>
    public static IServiceCollection AddEventUpcaster<TEvent>(this IServiceCollection services, string oldTypeName, Func<JsonElement, TEvent> upcast)
        where TEvent : class
    {
        services.AddSingleton(new EventUpcaster<TEvent>(oldTypeName, upcast));
        return services;
    }
}
