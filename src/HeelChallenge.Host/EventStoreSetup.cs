using HeelChallenge.EventStore;
using HeelChallenge.EventStore.PostgreSql;
using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.Host;

/// <summary>The event store <see cref="HostSettings"/> selects: the embedded SQLite file, or PostgreSQL (cluster mode).</summary>
public static class EventStoreSetup
{
    public static IServiceCollection AddConfiguredEventStore(this IServiceCollection services, HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.UsesPostgreSql) return services.AddSqliteEventStore(settings.DatabasePath, settings.GroupCommit);

        // Opened (and migrated) once, when the silo first asks for it; start-up is the one place blocking on it is fine.
        services.AddSingleton(_ => PostgreSqlEventStore.OpenAsync(settings.PostgreSqlOptions).GetAwaiter().GetResult());
        services.AddSingleton<IEventStore>(sp => sp.GetRequiredService<PostgreSqlEventStore>());
        services.AddSingleton<IEventStoreNotifications>(sp => sp.GetRequiredService<PostgreSqlEventStore>());
        return services;
    }

    /// <summary>A store outside the host's container (the rebuild verb's discard step); dispose it after use.</summary>
    public static async Task<IEventStore> OpenAsync(HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.UsesPostgreSql
            ? await PostgreSqlEventStore.OpenAsync(settings.PostgreSqlOptions)
            : new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = settings.DatabasePath });
    }
}
