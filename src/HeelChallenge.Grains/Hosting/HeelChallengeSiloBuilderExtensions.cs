using HeelChallenge.Grains.EventSourcing;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;

namespace HeelChallenge.Grains.Hosting;

public static class HeelChallengeSiloBuilderExtensions
{
    /// <summary>
    /// The grains' runtime needs: Orleans' CustomStorage log-consistency provider (by name, and as the default for
    /// journaled grains that name none), event serialization, TimeProvider.System unless one is registered, options
    /// (section <see cref="EventSourcingOptions.SectionName"/>) and the service's meter. The host registers an
    /// <c>IEventStore</c> and the <c>ExerciseCatalog</c> singleton itself.
    /// </summary>
    public static ISiloBuilder AddHeelChallengeGrains(this ISiloBuilder silo, Action<EventSourcingOptions>? configure = null)
    {
        silo.AddCustomStorageBasedLogConsistencyProvider(EventSourcingDefaults.ProviderName);
        silo.AddCustomStorageBasedLogConsistencyProviderAsDefault();
        silo.Services.AddHeelChallengeEventSourcing(configure);
        silo.Services.AddOptions<EventSourcingOptions>().Bind(silo.Configuration.GetSection(EventSourcingOptions.SectionName));
        return silo;
    }
}
