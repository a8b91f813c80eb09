using System.Buffers;

namespace HeelChallenge.EventStore;

/// <summary>
/// A page of the global log whose rows and JSON bytes live in pooled arrays until <see cref="Dispose"/>: for readers
/// that decode each event and drop the bytes (projections). A rebuild reads the whole log; an object and a byte array
/// per event were a fifth of everything it allocated, and nearly all of it fresh memory the kernel had to zero.
/// </summary>
public sealed class EventRowBatch : IDisposable
{
    private const int SlabSize = 64 * 1024;

    private EventRow[] _rows;
    private readonly List<byte[]> _slabs = [];
    private int _count;
    private int _slabUsed;
    private bool _disposed;

    private EventRowBatch(int capacity) => _rows = ArrayPool<EventRow>.Shared.Rent(Math.Max(capacity, 16));

    public int Count => _count;

    /// <summary>The rows in log order; their bytes are valid until the batch is disposed.</summary>
    public ReadOnlySpan<EventRow> Rows
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _rows.AsSpan(0, _count);
        }
    }

    public ref readonly EventRow this[int index]
    {
        get
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)_count, nameof(index));
            return ref _rows[index];
        }
    }

    /// <summary>An empty batch with room for about <paramref name="capacity"/> rows (it grows past that).</summary>
    public static EventRowBatch Rent(int capacity) => new(capacity);

    /// <summary>A batch holding copies of already read events (backends without a pooled read path).</summary>
    public static EventRowBatch From(IReadOnlyList<RecordedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var batch = new EventRowBatch(events.Count);
        foreach (var e in events) batch.Add(e.Position, e.StreamId, e.StreamVersion, e.EventId, e.Type, e.Utf8Data.Span, e.Metadata, e.RecordedAt);
        return batch;
    }

    /// <summary>Appends a row, copying <paramref name="utf8Data"/> into the batch's buffers.</summary>
    public void Add(long position, string streamId, long streamVersion, Guid eventId, string type, ReadOnlySpan<byte> utf8Data, string? metadata,
        DateTimeOffset recordedAt)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_count == _rows.Length)
        {
            var larger = ArrayPool<EventRow>.Shared.Rent(_rows.Length * 2);
            Rows.CopyTo(larger);
            ArrayPool<EventRow>.Shared.Return(_rows, clearArray: true);
            _rows = larger;
        }

        _rows[_count++] = new EventRow(position, streamId, streamVersion, eventId, type, Copy(utf8Data), metadata, recordedAt);
    }

    private ReadOnlyMemory<byte> Copy(ReadOnlySpan<byte> bytes)
    {
        if (_slabs.Count == 0 || _slabs[^1].Length - _slabUsed < bytes.Length)
        {
            _slabs.Add(ArrayPool<byte>.Shared.Rent(Math.Max(SlabSize, bytes.Length)));
            _slabUsed = 0;
        }

        var slab = _slabs[^1];
        bytes.CopyTo(slab.AsSpan(_slabUsed));
        var copy = new ReadOnlyMemory<byte>(slab, _slabUsed, bytes.Length);
        _slabUsed += bytes.Length;
        return copy;
    }

    /// <summary>Gives the arrays back to the pool: no row's bytes may be used after this.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        // Cleared: pooled rows must not keep stream ids and metadata alive.
        ArrayPool<EventRow>.Shared.Return(_rows, clearArray: true);
        foreach (var slab in _slabs) ArrayPool<byte>.Shared.Return(slab);
        _slabs.Clear();
        (_rows, _count) = ([], 0);
    }
}
