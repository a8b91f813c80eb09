using HeelChallenge.Abstractions.Projections;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// The read models a projector delivered to since its last checkpoint, with the highest position sent to each.
/// The checkpoint may pass those positions only once every one of them is saved. A read model whose ack shows less
/// applied than it was sent (it restarted and lost what it had not saved, and refused to go on past the hole), or less
/// saved than sent when flushed, sends the projector back to its checkpoint.
/// </summary>
internal sealed class DeliveryTracker
{
    private readonly Dictionary<GrainId, Entry> _targets = [];

    public int Count => _targets.Count;

    public IReadOnlyList<Entry> Entries => [.. _targets.Values];

    /// <summary>The last position sent to this read model since the checkpoint (0: none).</summary>
    public long SentTo(GrainId id) => _targets.TryGetValue(id, out var entry) ? entry.MaxSent : 0;

    public void Sent(GrainId id, IProjectionReadModel target, long lastPosition)
    {
        if (_targets.TryGetValue(id, out var entry)) entry.MaxSent = Math.Max(entry.MaxSent, lastPosition);
        else _targets.Add(id, new Entry(id, target) { MaxSent = lastPosition });
    }

    public static void Acknowledged(GrainId id, long lastPosition, ReadModelAck ack)
    {
        if (ack.Applied < lastPosition)
            throw new ReadModelLostStateException($"{id} has applied up to {ack.Applied} after {lastPosition} was delivered to it.");
    }

    public static void Flushed(Entry entry, ReadModelAck ack)
    {
        if (ack.Saved < entry.MaxSent)
            throw new ReadModelLostStateException($"{entry.Id} saved up to {ack.Saved}, below the {entry.MaxSent} delivered to it.");
    }

    public void Clear() => _targets.Clear();

    public sealed class Entry(GrainId id, IProjectionReadModel target)
    {
        public GrainId Id { get; } = id;

        public IProjectionReadModel Target { get; } = target;

        public long MaxSent { get; set; }
    }
}
