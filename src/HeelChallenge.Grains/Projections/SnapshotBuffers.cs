namespace HeelChallenge.Grains.Projections;

/// <summary>
/// A few spare buffers for writing read-model snapshots. A rebuild ends with every read model saving at once (2,000
/// progress models, boards of megabytes): a fresh buffer per save was ~10 % of a rebuild's allocations, large ones
/// straight into the large-object heap, which also triggered extra full collections.
/// </summary>
internal static class SnapshotBuffers
{
    // A buffer that grew past this goes back to the GC: a rare huge board should not hold its memory forever (the
    // spares keep at most 8 × 8 MB; a board of 100,000 counted sets writes about 2 MB).
    private const int MaxKeptCapacity = 8 << 20;

    private static readonly MemoryStream?[] Spares = new MemoryStream?[Math.Clamp(Environment.ProcessorCount, 2, 8)];

    /// <summary>An empty buffer: a spare, or a new one with room for <paramref name="expectedBytes"/>.</summary>
    public static MemoryStream Rent(int expectedBytes)
    {
        for (var i = 0; i < Spares.Length; i++)
        {
            if (Interlocked.Exchange(ref Spares[i], null) is { } spare)
            {
                // As it is: writing grows it if needed, and growing it to a guess up front wasted large-object heap.
                spare.SetLength(0);
                return spare;
            }
        }

        return new MemoryStream(Math.Max(4096, expectedBytes));
    }

    /// <summary>
    /// The bytes written, copied out of the buffer, which goes back to the spares. The copy lives on the pinned-object
    /// heap: it stays alive until the store has written it (across a gen0 collection when 4,000 read models save at
    /// the end of a rebuild), and an object there is never copied by the GC; gen0 copies were ~0.25 s of a 5 s rebuild.
    /// </summary>
    public static byte[] Detach(MemoryStream buffer)
    {
        var bytes = GC.AllocateUninitializedArray<byte>((int)buffer.Length, pinned: true);
        buffer.GetBuffer().AsSpan(0, bytes.Length).CopyTo(bytes);
        if (buffer.Capacity <= MaxKeptCapacity)
        {
            for (var i = 0; i < Spares.Length; i++)
            {
                if (Interlocked.CompareExchange(ref Spares[i], buffer, null) is null) break;
            }
        }

        return bytes;
    }
}
