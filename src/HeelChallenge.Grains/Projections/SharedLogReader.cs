using HeelChallenge.Abstractions.Projections;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Reads and decodes the log once for every projector of the silo. Projectors of different kinds read the same
/// positions at about the same time (a rebuild of every kind, a restart after downtime); reading and decoding is most
/// of a rebuild's cost, so the first to ask for a batch reads it and the others take the same decoded events. Keeps the
/// last <see cref="Kept"/> batches: memory stays bounded (tens of MB) however long the log is. A batch that was not full
/// (the head) is only shared while it is being read: once done, a later read of the same position must see new events.
/// Decoded events are immutable, so sharing them across kinds is safe.
/// </summary>
/// <remarks>
/// Sharing only works while the kinds stay within <see cref="Kept"/> batches of each other, and two kinds catching up
/// never run at the same speed: unpaced, the faster one drifted out of reach within seconds and the log was read and
/// decoded up to twice (and both copies of every set were kept by the read models). So a reader that is catching up
/// (its last batch was full) waits before reading past <see cref="Lead"/> batches ahead of another reader that is
/// catching up too, until that one follows or goes quiet for <see cref="Quiet"/>. A reader at the head (live) is
/// never held back, and never holds anyone back.
/// </remarks>
public sealed class SharedLogReader(IEventStore store, ProjectionEventDecoder decoder)
{
    public const int Kept = 16;

    /// <summary>How many batches a reader that is catching up may read ahead of another one that is.</summary>
    public const int Lead = Kept / 2;

    /// <summary>A reader that asked for nothing this long is not waited for.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _recent = new();
    private readonly Dictionary<string, Reading> _readers = new(StringComparer.Ordinal);
    private TaskCompletionSource _moved = NewSignal();
    private long _eventsRead;

    /// <summary>Log positions read so far: after a rebuild of every kind, about the log's length when they shared.</summary>
    public long EventsRead => Interlocked.Read(ref _eventsRead);

    /// <summary>Every decodable event after <paramref name="after"/>, at most <paramref name="batchSize"/> log positions.</summary>
    public Task<DecodedBatch> ReadAsync(long after, int batchSize) => Shared(after, batchSize);

    /// <summary>
    /// As <see cref="ReadAsync(long, int)"/>, for the named reader (a projection kind), which is paced to stay within
    /// reach of the other readers catching up (see the remarks).
    /// </summary>
    public async Task<DecodedBatch> ReadAsync(string reader, long after, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        await PaceAsync(reader, after, batchSize, cancellationToken);
        var batch = await Shared(after, batchSize).WaitAsync(cancellationToken);
        lock (_gate) _readers[reader] = new Reading(after, Environment.TickCount64, CatchingUp: batch.IsFull);
        return batch;
    }

    private async Task PaceAsync(string reader, long after, int batchSize, CancellationToken cancellationToken)
    {
        var limit = (long)Lead * batchSize;
        while (true)
        {
            Task moved;
            lock (_gate)
            {
                var now = Environment.TickCount64;
                var catchingUp = _readers.TryGetValue(reader, out var own) && own.CatchingUp;
                _readers[reader] = new Reading(after, now, catchingUp);
                Forget(now);
                Signal();
                if (!catchingUp || !_readers.Any(r => r.Key != reader && IsBehind(r.Value, after, limit, now))) return;
                moved = _moved.Task;
            }

            // Woken when another reader moves; re-checked at least every Quiet so a reader that stopped is let go.
            try
            {
                await moved.WaitAsync(Quiet, cancellationToken);
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>Drops readers quiet for long (a kind that was removed, a test's reader): the table stays small.</summary>
    private void Forget(long now)
    {
        if (_readers.Count <= 8) return;
        foreach (var stale in _readers.Where(r => now - r.Value.At > 60_000).Select(r => r.Key).ToArray()) _readers.Remove(stale);
    }

    private static bool IsBehind(Reading other, long after, long limit, long now) =>
        other.CatchingUp && now - other.At < (long)Quiet.TotalMilliseconds && other.After < after && after - other.After > limit;

    private void Signal()
    {
        var moved = _moved;
        _moved = NewSignal();
        moved.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private Task<DecodedBatch> Shared(long after, int batchSize)
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

    /// <summary>
    /// Reads a batch into pooled rows and decodes it (a large batch on two threads); the rows' buffers go back to the
    /// pool once decoded, as nothing decoded refers to them.
    /// </summary>
    private async Task<DecodedBatch> ReadCoreAsync(long after, int batchSize)
    {
        using var rows = await store.ReadAllRowsAsync(after, batchSize);
        var count = rows.Count;
        Interlocked.Add(ref _eventsRead, count);
        var decoded = new ProjectedEvent?[count];
        void DecodeRange(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                ref readonly var row = ref rows[i];
                if (decoder.Decode(row) is { } e) decoded[i] = new ProjectedEvent(row.Position, row.StreamId, e, StreamIds.OwnerOf(row.StreamId));
            }
        }

        if (count < 512) DecodeRange(0, count);
        else Parallel.Invoke(() => DecodeRange(0, count / 2), () => DecodeRange(count / 2, count));
        return new DecodedBatch(Compact(decoded), count == 0 ? after : rows[count - 1].Position, count == batchSize);
    }

    /// <summary>The decoded events in order, in an array of their exact count (most positions decode).</summary>
    private static ProjectedEvent[] Compact(ProjectedEvent?[] decoded)
    {
        var count = 0;
        foreach (var e in decoded) if (e is not null) count++;
        if (count == decoded.Length) return decoded!;
        var events = new ProjectedEvent[count];
        count = 0;
        foreach (var e in decoded) if (e is not null) events[count++] = e;
        return events;
    }

    private readonly record struct Entry(long After, int BatchSize, Task<DecodedBatch> Batch);

    /// <summary>A reader's last request: where, when (<see cref="Environment.TickCount64"/>), and whether it was catching up.</summary>
    private readonly record struct Reading(long After, long At, bool CatchingUp);
}
