using HeelChallenge.EventStore.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HeelChallenge.EventStore;

/// <summary>Registration of the event store backends.</summary>
public static class EventStoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers the embedded SQLite store as the <see cref="IEventStore"/> and <see cref="IEventStoreNotifications"/> singleton. The file (and its directory)
    /// is created on first resolution; the container disposes the store, which commits what is queued.
    /// </summary>
    public static IServiceCollection AddSqliteEventStore(this IServiceCollection services, string databasePath, bool groupCommit = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return services.AddSqliteEventStore(new SqliteEventStoreOptions { DatabasePath = databasePath, GroupCommit = groupCommit });
    }

    /// <inheritdoc cref="AddSqliteEventStore(IServiceCollection, string, bool)"/>
    public static IServiceCollection AddSqliteEventStore(this IServiceCollection services, SqliteEventStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(_ => new SqliteEventStore(options));
        services.TryAddSingleton<IEventStore>(sp => sp.GetRequiredService<SqliteEventStore>());
        services.TryAddSingleton<IEventStoreNotifications>(sp => sp.GetRequiredService<SqliteEventStore>());
        return services;
    }
}
