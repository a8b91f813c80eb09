using System.Net;
using System.Net.Sockets;
using HeelChallenge.EventStore.PostgreSql;
using HeelChallenge.Gateway.Infrastructure;

namespace HeelChallenge.Host;

/// <summary>
/// Storage and silo settings, checked before anything starts. In the embedded default nothing outside the process
/// talks to the silo, so it takes any free port (SiloPort 0) and opens no client gateway (GatewayPort 0); several
/// hosts can then run side by side (tests, benchmarks, a developer's instance).
/// </summary>
public sealed record HostSettings(
    string DataDirectory,
    string Provider,
    bool GroupCommit,
    string DatabasePath,
    int SiloPort,
    int GatewayPort,
    string ClusterId,
    string ServiceId,
    string? PostgreSqlConnectionString = null,
    string PostgreSqlSchema = "heelchallenge",
    bool ClustersThroughPostgreSql = false,
    IPAddress? AdvertisedIPAddress = null)
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    /// <summary>
    /// Orleans' usual silo port. In cluster mode the port must stay the same across restarts of a host: a silo that
    /// comes back at the same address and port retires its killed predecessor at once, instead of the cluster
    /// probing a dead endpoint for a minute before declaring it dead.
    /// </summary>
    public const int DefaultClusterSiloPort = 11111;

    public static HostSettings From(IConfiguration configuration, bool joinsCluster = true)
    {
        var provider = configuration["Storage:Provider"] is { Length: > 0 } p ? p : Sqlite;
        var postgres = string.Equals(provider, PostgreSql, StringComparison.OrdinalIgnoreCase);
        if (!postgres && !string.Equals(provider, Sqlite, StringComparison.OrdinalIgnoreCase))
            throw new StartupException($"Storage:Provider '{provider}' is unknown; use Sqlite (the default) or PostgreSql.");
        var connectionString = configuration.GetConnectionString("EventStore");
        if (postgres && string.IsNullOrWhiteSpace(connectionString))
            throw new StartupException("Storage:Provider=PostgreSql needs ConnectionStrings:EventStore (an Npgsql connection string).");
        // Not under "Orleans": Orleans reads Orleans:Clustering itself (its configuration-based providers).
        var clustering = configuration["Cluster:Membership"] is { Length: > 0 } c ? c : postgres ? PostgreSql : "Localhost";
        var clusterThroughPostgres = string.Equals(clustering, PostgreSql, StringComparison.OrdinalIgnoreCase);
        if (!clusterThroughPostgres && !string.Equals(clustering, "Localhost", StringComparison.OrdinalIgnoreCase))
            throw new StartupException($"Cluster:Membership '{clustering}' is unknown; use Localhost or PostgreSql.");
        clusterThroughPostgres &= joinsCluster;
        if (clusterThroughPostgres && !postgres)
            throw new StartupException("Cluster:Membership=PostgreSql needs Storage:Provider=PostgreSql (the membership table lives beside the events).");
        IPAddress? advertised = null;
        if (configuration["Cluster:AdvertisedAddress"] is { Length: > 0 } address && !IPAddress.TryParse(address, out advertised))
            throw new StartupException($"Cluster:AdvertisedAddress '{address}' is not an IP address.");
        // Two hosts that both advertise a default (loopback) would each take the other for an older copy of itself.
        if (clusterThroughPostgres && advertised is null)
            throw new StartupException("Cluster:Membership=PostgreSql needs Cluster:AdvertisedAddress: the IP address other hosts reach this one at (127.0.0.1 only when every host runs on this machine).");

        var dataDirectory = StorageSettings.DataDirectory(configuration);
        try
        {
            Directory.CreateDirectory(dataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StartupException($"The data directory '{dataDirectory}' cannot be created: {e.Message}", e);
        }

        return new HostSettings(
            dataDirectory,
            postgres ? PostgreSql : Sqlite,
            configuration.GetValue("Storage:GroupCommit", true),
            Path.Combine(dataDirectory, "events.db"),
            configuration.GetValue("Orleans:SiloPort", 0) is > 0 and var siloPort ? siloPort : clusterThroughPostgres ? DefaultClusterSiloPort : FreeLoopbackPort(),
            configuration.GetValue("Orleans:GatewayPort", 0),
            configuration["Orleans:ClusterId"] is { Length: > 0 } cluster ? cluster : "heelchallenge",
            configuration["Orleans:ServiceId"] is { Length: > 0 } service ? service : "heelchallenge",
            postgres ? connectionString : null,
            configuration["Storage:Schema"] is { Length: > 0 } schema ? schema : "heelchallenge",
            clusterThroughPostgres,
            advertised);
    }

    /// <summary>The address other silos reach this one at (required in cluster mode; loopback is never advertised otherwise).</summary>
    public IPAddress AdvertisedAddress => AdvertisedIPAddress ?? IPAddress.Loopback;

    public bool UsesPostgreSql => PostgreSqlConnectionString is not null;

    /// <summary>Where the events live, for the start-up line (never the connection string: it may hold a password).</summary>
    public string StoreDescription => UsesPostgreSql
        ? $"PostgreSql schema {PostgreSqlSchema} (group commit {(GroupCommit ? "on" : "off")})"
        : $"Sqlite {DatabasePath} (group commit {(GroupCommit ? "on" : "off")})";

    public PostgreSqlEventStoreOptions PostgreSqlOptions => new()
    {
        ConnectionString = PostgreSqlConnectionString ?? throw new InvalidOperationException("The event store is not PostgreSQL."),
        Schema = PostgreSqlSchema,
        MaxBatch = GroupCommit ? 512 : 1,
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
