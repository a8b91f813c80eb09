using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HeelChallenge.Grains.EventSourcing;

/// <summary>What every <see cref="EventSourcedGrain{TState,TEvent}"/> needs, in one constructor parameter.</summary>
public sealed class EventSourcingServices<TEvent>(
    IEventStore store,
    EventSerializer<TEvent> serializer,
    TimeProvider time,
    IOptions<EventSourcingOptions> options,
    ILoggerFactory loggerFactory)
    where TEvent : class
{
    public IEventStore Store { get; } = store;

    public EventSerializer<TEvent> Serializer { get; } = serializer;

    public TimeProvider Time { get; } = time;

    public EventSourcingOptions Options { get; } = options.Value;

    public ILoggerFactory LoggerFactory { get; } = loggerFactory;
}
