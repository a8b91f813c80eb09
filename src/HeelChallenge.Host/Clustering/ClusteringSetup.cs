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
        // The default directory is eventually consistent: while silos join or leave, two activations of one grain can
        // run for a moment, and one of them can answer from state loaded before the other wrote (an end-to-end test
        // saw a fresh account refused at sign-in on the other host). The distributed directory keeps one activation
        // per grain through membership changes. Orleans still marks it experimental; the cluster tests run on it.
#pragma warning disable ORLEANSEXP003
        silo.AddDistributedGrainDirectory();
#pragma warning restore ORLEANSEXP003
        silo.Services.AddSingleton<IMembershipTable>(sp => new PostgreSqlMembershipTable(settings, sp.GetRequiredService<IOptions<ClusterOptions>>()));
        return silo;
    }
}
