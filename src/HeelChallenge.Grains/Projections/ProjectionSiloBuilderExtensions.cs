using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Progress;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Hosting;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Projections;

public static class ProjectionSiloBuilderExtensions
{
    /// <summary>
    /// Projections: the kinds (leaderboards, progress), the projector supervisor (keep-alive pings, wake-ups on local appends),
    /// the lag gauges, and options from section <see cref="ProjectionOptions.SectionName"/> (then <paramref name="configure"/>).
    /// Expects what <c>AddHeelChallengeGrains</c> registers, an <c>IEventStore</c> and the <c>ExerciseCatalog</c>.
    /// </summary>
    public static ISiloBuilder AddHeelChallengeProjections(this ISiloBuilder silo, Action<ProjectionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var options = silo.Services.AddOptions<ProjectionOptions>().Bind(silo.Configuration.GetSection(ProjectionOptions.SectionName));
        if (configure is not null) options.Configure(configure);
        silo.Services.AddProjectionKind(LeaderboardRoutes.KindName, (_, grains) => new LeaderboardRoutes(grains));
        silo.Services.AddProjectionKind(ProgressRoutes.KindName, (_, grains) => new ProgressRoutes(grains));
        silo.Services.TryAddSingleton<ProjectionRegistry>();
        silo.Services.TryAddSingleton<ProjectionEventDecoder>();
        silo.Services.TryAddSingleton<SharedLogReader>();
        silo.Services.TryAddSingleton<ProjectionProgress>();
        silo.Services.TryAddSingleton<ReadModelServices>();
        silo.Services.TryAddSingleton<ProjectorSupervisor>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<ProjectorSupervisor>());
        return silo;
    }

    /// <summary>Registers one projection kind: its name and its routes (its read models are ordinary grains).</summary>
    public static IServiceCollection AddProjectionKind(this IServiceCollection services, string kind, Func<IServiceProvider, IGrainFactory, ProjectionRoutes> routes)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new ProjectionKindRegistration(kind, routes));
        return services;
    }
}
