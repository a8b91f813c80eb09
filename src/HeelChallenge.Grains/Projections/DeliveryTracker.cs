using HeelChallenge.Abstractions.Projections;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// The read models a projector delivered to since its last checkpoint, each with the activation (incarnation) that
/// acknowledged and the highest position delivered. The checkpoint may pass those positions only once every one of
/// them is saved. A read model that answers from another activation lost what it had not saved, unless it loaded a
/// snapshot of this generation that already covers everything delivered to it: then the projector must rewind.
/// </summary>
internal sealed class DeliveryTracker
{
    private readonly Dictionary<GrainId, Entry> _targets = [];

    public int Count => _targets.Count;

    public IReadOnlyList<Entry> Entries => [.. _targets.Values];

    public void Delivered(GrainId id, IProjectionReadModel target, long generation, long lastPosition, ReadModelAck ack)
    {
        if (!_targets.TryGetValue(id, out var entry))
        {
            _targets.Add(id, new Entry(id, target) { Incarnation = ack.Incarnation, MaxDelivered = lastPosition });
            return;
        }

        Check(entry, generation, ack);
        entry.MaxDelivered = Math.Max(entry.MaxDelivered, lastPosition);
    }

    public void Flushed(Entry entry, long generation, ReadModelAck ack)
    {
        Check(entry, generation, ack);
        if (ack.Saved < entry.MaxDelivered)
            throw new ReadModelLostStateException($"{entry.Id} saved up to {ack.Saved}, below the {entry.MaxDelivered} delivered to it.");
    }

    public void Clear() => _targets.Clear();

    private static void Check(Entry entry, long generation, ReadModelAck ack)
    {
        if (ack.Incarnation == entry.Incarnation) return;
        if (ack.LoadedPosition < entry.MaxDelivered)
            throw new ReadModelLostStateException(
                $"{entry.Id} restarted from position {ack.LoadedPosition} of generation {generation} after {entry.MaxDelivered} was delivered to it.");
        entry.Incarnation = ack.Incarnation;
    }

    public sealed class Entry(GrainId id, IProjectionReadModel target)
    {
        public GrainId Id { get; } = id;

        public IProjectionReadModel Target { get; } = target;

        public Guid Incarnation { get; set; }

        public long MaxDelivered { get; set; }
    }
}
