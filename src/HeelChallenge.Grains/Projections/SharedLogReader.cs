using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Reads and decodes the log once for every projector of the silo. Projectors of different kinds read the same
/// positions at about the same time (a rebuild of every kind, a restart after downtime); reading and decoding is most
/// of a rebuild's cost, so the first to ask for a batch reads it and the others take the same decoded events. Keeps the
/// last <see cref="Kept"/> batches: memory stays bounded (tens of MB) however long the log is. A batch that was not full
/// (the head) is only shared while it is being read: once done, a later read of the same position must see new events.
/// Decoded events are immutable, so sharing them across kinds is safe.
/// </summary>
public sealed class SharedLogReader(IEventStore store, ProjectionEventDecoder decoder)
{
    public const int Kept = 16;

    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _recent = new();

    /// <summary>Every decodable event after <paramref name="after"/>, at most <paramref name="batchSize"/> log positions.</summary>
    public Task<DecodedBatch> ReadAsync(long after, int batchSize)
    {
        lock (_gate)
        {
            for (var node = _recent.First; node is not null; node = node.Next)
            {
                var (from, size, batch) = node.Value;
                if (from != after || size != batchSize) continue;
                if (!batch.IsCompleted || (batch.IsCompletedSuccessfully && batch.Result.IsFull)) return batch;
                _recent.Remove(node);
                break;
            }

            var read = Task.Run(() => ReadCoreAsync(after, batchSize));
            _recent.AddLast(new Entry(after, batchSize, read));
            if (_recent.Count > Kept) _recent.RemoveFirst();
            return read;
        }
    }

    /// <summary>Reads a batch and decodes it; a large batch is decoded on two threads.</summary>
    private async Task<DecodedBatch> ReadCoreAsync(long after, int batchSize)
    {
        var recorded = await store.ReadAllAsync(after, batchSize);
        var decoded = new ProjectedEvent?[recorded.Count];
        void DecodeRange(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                var r = recorded[i];
                if (decoder.Decode(r) is { } e) decoded[i] = new ProjectedEvent(r.Position, r.StreamId, e);
            }
        }

        if (recorded.Count < 512) DecodeRange(0, recorded.Count);
        else Parallel.Invoke(() => DecodeRange(0, recorded.Count / 2), () => DecodeRange(recorded.Count / 2, recorded.Count));
        return new DecodedBatch([.. decoded.OfType<ProjectedEvent>()], recorded.Count == 0 ? after : recorded[^1].Position, recorded.Count == batchSize);
    }

    private readonly record struct Entry(long After, int BatchSize, Task<DecodedBatch> Batch);
}
