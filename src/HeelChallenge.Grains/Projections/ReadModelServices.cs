using HeelChallenge.EventStore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Grains.Projections;

/// <summary>What every <see cref="ReadModelGrain"/> needs, in one constructor parameter.</summary>
public sealed class ReadModelServices(IEventStore store, IOptions<ProjectionOptions> options, ILoggerFactory loggerFactory, TimeProvider time)
{
    public IEventStore Store { get; } = store;

    public ProjectionOptions Options { get; } = options.Value;

    public ILogger Logger { get; } = loggerFactory.CreateLogger("HeelChallenge.Grains.Projections.ReadModel");

    public TimeProvider Time { get; } = time;
}
