using System.Net;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace HeelChallenge.Host.Clustering;

/// <summary>
/// How silos find each other: localhost clustering for the embedded default (one silo per process), or — in cluster
/// mode (Cluster:Membership=PostgreSql, the default when the events are in PostgreSQL) — a membership table in the
/// same PostgreSQL schema, so any number of hosts with the same ClusterId form one cluster.
/// </summary>
public static class ClusteringSetup
{
    public static ISiloBuilder UseConfiguredClustering(this ISiloBuilder silo, HostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.ClustersThroughPostgreSql)
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, serviceId: settings.ServiceId, clusterId: settings.ClusterId);

        silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
        silo.Configure<EndpointOptions>(o =>
        {
            o.AdvertisedIPAddress = settings.AdvertisedAddress;
            o.SiloPort = settings.SiloPort;
            o.GatewayPort = settings.GatewayPort;
            // Listen everywhere: the advertised address may belong to any interface (a container's, a pod's).
            o.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, settings.SiloPort);
        });
        silo.Services.AddSingleton<IMembershipTable>(sp => new PostgreSqlMembershipTable(settings, sp.GetRequiredService<IOptions<ClusterOptions>>()));
        return silo;
    }
}
