namespace HeelChallenge.Grains.Projections;

/// <summary>Compact binary helpers for read-model snapshots (nullable values, instants with their offsets, GUIDs).</summary>
public static class BinaryCodec
{
    public static void WriteGuid(this BinaryWriter writer, Guid value)
    {
        Span<byte> bytes = stackalloc byte[16];
        value.TryWriteBytes(bytes);
        writer.Write(bytes);
    }

    public static Guid ReadGuid(this BinaryReader reader) => new(reader.ReadBytes(16));

    public static void WriteNullable(this BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null) writer.Write(value);
    }

    public static string? ReadNullableString(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    public static void WriteNullable(this BinaryWriter writer, int? value)
    {
        writer.Write(value is not null);
        if (value is { } v) writer.Write(v);
    }

    public static int? ReadNullableInt32(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadInt32() : null;

    /// <summary>An instant with its offset (UTC ticks, offset minutes), so it reads back exactly as it was written.</summary>
    public static void WriteTime(this BinaryWriter writer, DateTimeOffset value)
    {
        writer.Write(value.UtcTicks);
        writer.Write((short)value.TotalOffsetMinutes);
    }

    public static DateTimeOffset ReadTime(this BinaryReader reader)
    {
        var ticks = reader.ReadInt64();
        var offset = TimeSpan.FromMinutes(reader.ReadInt16());
        return new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(offset);
    }

    public static void WriteNullable(this BinaryWriter writer, DateTimeOffset? value)
    {
        writer.Write(value is not null);
        if (value is { } v) writer.WriteTime(v);
    }

    public static DateTimeOffset? ReadNullableTime(this BinaryReader reader) => reader.ReadBoolean() ? reader.ReadTime() : null;
}
