using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Writes the sets of one read-model snapshot compactly: exercise ids and sides as indexes into a table built as they
/// first appear, which optional fields are present in one byte, numbers 7-bit encoded, a load without a fraction in a
/// few bytes, and a set id shaped as a lower-case UUID (what the web app sends) as its 16 bytes. A rebuild ends by
/// writing every snapshot; the plain encoding took ~58 bytes a set and writing and storing them was a sixth of it.
/// Everything reads back exactly (ids, scale of the load, offsets of instants).
/// </summary>
public sealed class SetWriter(BinaryWriter writer)
{
    // A set is encoded into a stack buffer and handed to the writer in one call (the writer's per-value calls were
    // half of the final save); one whose strings might not fit goes value by value.
    private const int BufferSize = 512;
    private const int MaxInlineChars = 100;

    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

    // The last few names by reference: exercise ids and sides are shared instances, so this hits before any hashing.
    private readonly (string? Name, int Index)[] _recent = new (string?, int)[16];

    /// <param name="set">The set.</param>
    /// <param name="flag">One more bit the caller stores with the set (e.g. voided), read back by <see cref="SetReader"/>.</param>
    /// <param name="withLoad">False leaves the load out (it reads back as none), for read models that never use it.</param>
    public void Write(LoggedSet set, bool flag = false, bool withLoad = true)
    {
        ArgumentNullException.ThrowIfNull(set);
        var load = withLoad ? set.LoadKg : null;
        var uuid = SetIdCodec.TryCompact(set.SetId, out var id);
        var fields = (set.Side is not null ? SetFields.Side : 0) | (set.Reps is not null ? SetFields.Reps : 0)
            | (set.Seconds is not null ? SetFields.Seconds : 0) | (load is not null ? SetFields.Load : 0)
            | (uuid ? SetFields.UuidId : 0) | (flag ? SetFields.Flag : 0);
        if (set.SetId.Length + set.ExerciseId.Length + (set.Side?.Length ?? 0) > MaxInlineChars)
        {
            WriteByValue(set, (byte)fields, uuid, id, load);
            return;
        }

        var encoder = new SetEncoder(stackalloc byte[BufferSize]);
        encoder.Byte((byte)fields);
        if (uuid) encoder.Guid(id);
        else encoder.String(set.SetId);
        Name(ref encoder, set.ExerciseId);
        if (set.Side is { } side) Name(ref encoder, side);
        if (set.Reps is { } reps) encoder.Int7(reps);
        if (set.Seconds is { } seconds) encoder.Int7(seconds);
        if (load is { } kg) encoder.Decimal(kg);
        encoder.Time(set.PerformedAt);
        writer.Write(encoder.Written);
    }

    private void WriteByValue(LoggedSet set, byte fields, bool uuid, Guid id, decimal? load)
    {
        writer.Write(fields);
        if (uuid) writer.WriteGuid(id);
        else writer.Write(set.SetId);
        NameByValue(set.ExerciseId);
        if (set.Side is { } side) NameByValue(side);
        if (set.Reps is { } reps) writer.Write7BitEncodedInt(reps);
        if (set.Seconds is { } seconds) writer.Write7BitEncodedInt(seconds);
        var encoder = new SetEncoder(stackalloc byte[32]);
        if (load is { } kg) encoder.Decimal(kg);
        encoder.Time(set.PerformedAt);
        writer.Write(encoder.Written);
    }

    // A name written before is its index + 1; a new one is 0 and the name.
    private void Name(ref SetEncoder encoder, string name)
    {
        var index = IndexOf(name, out var added);
        encoder.Int7(added ? 0 : index + 1);
        if (added) encoder.String(name);
    }

    private void NameByValue(string name)
    {
        var index = IndexOf(name, out var added);
        writer.Write7BitEncodedInt(added ? 0 : index + 1);
        if (added) writer.Write(name);
    }

    private int IndexOf(string name, out bool added)
    {
        added = false;
        var slot = (int)((uint)RuntimeHelpers.GetHashCode(name) % (uint)_recent.Length);
        if (ReferenceEquals(_recent[slot].Name, name)) return _recent[slot].Index;
        if (!_names.TryGetValue(name, out var index))
        {
            _names.Add(name, index = _names.Count);
            added = true;
        }

        _recent[slot] = (name, index);
        return index;
    }
}

/// <summary>Little-endian values in the encodings <see cref="BinaryWriter"/> uses, into a caller's buffer.</summary>
internal ref struct SetEncoder(Span<byte> buffer)
{
    private readonly Span<byte> _buffer = buffer;
    private int _length;

    public readonly ReadOnlySpan<byte> Written => _buffer[.._length];

    public void Byte(byte value) => _buffer[_length++] = value;

    public void Int7(int value) => Long7((uint)value);

    public void Long7(ulong value)
    {
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>As <see cref="BinaryWriter.Write(string)"/>: the UTF-8 length 7-bit encoded, then the bytes.</summary>
    public void String(string value)
    {
        var bytes = Encoding.UTF8.GetByteCount(value);
        Int7(bytes);
        _length += Encoding.UTF8.GetBytes(value, _buffer[_length..]);
    }

    public void Guid(Guid value)
    {
        value.TryWriteBytes(_buffer[_length..]);
        _length += 16;
    }

    /// <summary>As <see cref="BinaryCodec.WriteTime"/>: UTC ticks, then the offset in minutes.</summary>
    public void Time(DateTimeOffset value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(_buffer[_length..], value.UtcTicks);
        BinaryPrimitives.WriteInt16LittleEndian(_buffer[(_length + 8)..], (short)value.TotalOffsetMinutes);
        _length += 10;
    }

    /// <summary>Scale and sign in a header byte; the integer 7-bit encoded when it fits 32 bits, else the whole decimal.</summary>
    public void Decimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // Scale (0..28) and sign from the flags word; 0x40 marks a value whose 96-bit integer fits the low word.
        var header = (byte)(((bits[3] >> 16) & 0x1F) | (bits[3] < 0 ? 0x80 : 0) | (bits[1] == 0 && bits[2] == 0 ? 0x40 : 0));
        Byte(header);
        if ((header & 0x40) != 0)
        {
            Long7((uint)bits[0]);
            return;
        }

        // As BinaryWriter.Write(decimal): lo, mid, hi, flags.
        for (var i = 0; i < 4; i++) BinaryPrimitives.WriteInt32LittleEndian(_buffer[(_length + (4 * i))..], bits[i]);
        _length += 16;
    }
}

/// <summary>Reads what <see cref="SetWriter"/> wrote, in the same order.</summary>
public sealed class SetReader(BinaryReader reader)
{
    private readonly List<string> _names = [];

    public LoggedSet Read(out bool flag)
    {
        var fields = (SetFields)reader.ReadByte();
        flag = (fields & SetFields.Flag) != 0;
        var setId = (fields & SetFields.UuidId) != 0 ? reader.ReadGuid().ToString("D") : reader.ReadString();
        var exerciseId = ReadName();
        var side = (fields & SetFields.Side) != 0 ? ReadName() : null;
        int? reps = (fields & SetFields.Reps) != 0 ? reader.Read7BitEncodedInt() : null;
        int? seconds = (fields & SetFields.Seconds) != 0 ? reader.Read7BitEncodedInt() : null;
        decimal? load = (fields & SetFields.Load) != 0 ? ReadDecimal() : null;
        return new LoggedSet(setId, exerciseId, side, reps, seconds, load, reader.ReadTime());
    }

    private string ReadName()
    {
        var index = reader.Read7BitEncodedInt();
        if (index > 0) return _names[index - 1];
        var name = SharedNames.Intern(reader.ReadString());
        _names.Add(name);
        return name;
    }

    private decimal ReadDecimal()
    {
        var header = reader.ReadByte();
        if ((header & 0x40) == 0) return reader.ReadDecimal();
        var low = (uint)reader.Read7BitEncodedInt64();
        return new decimal((int)low, 0, 0, (header & 0x80) != 0, (byte)(header & 0x1F));
    }
}

[Flags]
internal enum SetFields : byte
{
    Side = 1,
    Reps = 2,
    Seconds = 4,
    Load = 8,
    UuidId = 16,
    Flag = 32,
}

/// <summary>A set id that is a lower-case UUID in its usual 36-character form is stored as its 16 bytes.</summary>
internal static class SetIdCodec
{
    private static readonly SearchValues<char> UpperHex = SearchValues.Create("ABCDEF");

    public static bool TryCompact(string setId, out Guid id)
    {
        id = Guid.Empty;
        // Only the exact text Guid.ToString("D") gives back: anything else (upper case, braces) is kept as written.
        return setId.Length == 36 && !setId.AsSpan().ContainsAny(UpperHex) && Guid.TryParseExact(setId, "D", out id);
    }
}
