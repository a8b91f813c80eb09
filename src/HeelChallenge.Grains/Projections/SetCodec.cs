using System.Buffers;
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
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);

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
        writer.Write((byte)fields);
        if (uuid) writer.WriteGuid(id);
        else writer.Write(set.SetId);
        WriteName(set.ExerciseId);
        if (set.Side is { } side) WriteName(side);
        if (set.Reps is { } reps) writer.Write7BitEncodedInt(reps);
        if (set.Seconds is { } seconds) writer.Write7BitEncodedInt(seconds);
        if (load is { } kg) WriteDecimal(kg);
        writer.WriteTime(set.PerformedAt);
    }

    private void WriteName(string name)
    {
        if (_names.TryGetValue(name, out var index))
        {
            writer.Write7BitEncodedInt(index + 1);
            return;
        }

        _names.Add(name, _names.Count);
        writer.Write7BitEncodedInt(0);
        writer.Write(name);
    }

    private void WriteDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // Scale (0..28) and sign from the flags word; 0x40 marks a value whose 96-bit integer fits the low word.
        var header = (byte)(((bits[3] >> 16) & 0x1F) | (bits[3] < 0 ? 0x80 : 0) | (bits[1] == 0 && bits[2] == 0 ? 0x40 : 0));
        writer.Write(header);
        if ((header & 0x40) != 0) writer.Write7BitEncodedInt64((uint)bits[0]);
        else writer.Write(value);
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
