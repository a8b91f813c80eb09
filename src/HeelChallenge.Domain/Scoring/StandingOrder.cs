using System.Buffers.Binary;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// Clause 7's order: points descending; then reachedAt ascending as an instant, null last; then user id ordinal.
/// The user id compares as its lower-case "D" string (what clients see, e.g. <c>0f8fad5b-d9cb-469f-...</c>),
/// which is the same as comparing its 16 big-endian (RFC 4122) bytes unsigned, one by one.
/// </summary>
public sealed class StandingOrder : IComparer<Standing>
{
    public static readonly StandingOrder Instance = new();

    public int Compare(Standing x, Standing y)
    {
        if (x.Points != y.Points) return y.Points.CompareTo(x.Points);
        var byTime = ReachedKey(x.ReachedAt).CompareTo(ReachedKey(y.ReachedAt));
        return byTime != 0 ? byTime : CompareUserIds(x.UserId, y.UserId);
    }

    /// <summary>reachedAt as UTC ticks, null as the largest value so that it sorts last.</summary>
    public static long ReachedKey(DateTimeOffset? reachedAt) => reachedAt?.UtcTicks ?? long.MaxValue;

    /// <summary>Ordinal order of the lower-case "D" strings of two user ids, without formatting them.</summary>
    public static int CompareUserIds(Guid x, Guid y)
    {
        var (xHigh, xLow) = UserIdKey(x);
        var (yHigh, yLow) = UserIdKey(y);
        return xHigh != yHigh ? xHigh.CompareTo(yHigh) : xLow.CompareTo(yLow);
    }

    /// <summary>The user id as two unsigned big-endian halves: their order is the "D" string's ordinal order.</summary>
    public static (ulong High, ulong Low) UserIdKey(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        return (BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]));
    }

    /// <summary>The inverse of <see cref="UserIdKey"/>.</summary>
    public static Guid UserIdFromKey(ulong high, ulong low)
    {
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, high);
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], low);
        return new Guid(bytes, bigEndian: true);
    }
}
