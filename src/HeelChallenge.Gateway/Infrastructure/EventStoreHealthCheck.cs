using HeelChallenge.EventStore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HeelChallenge.Gateway.Infrastructure;

/// <summary>Ready only when the event store answers a read.</summary>
public sealed class EventStoreHealthCheck(IServiceProvider services) : IHealthCheck
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (services.GetService<IEventStore>() is not { } store)
        {
            return HealthCheckResult.Unhealthy("No event store is registered.");
        }

        try
        {
            var head = await store.ReadHeadPositionAsync(cancellationToken).WaitAsync(Timeout, cancellationToken);
            return HealthCheckResult.Healthy($"Event store head position {head}.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", e);
        }
    }
}
