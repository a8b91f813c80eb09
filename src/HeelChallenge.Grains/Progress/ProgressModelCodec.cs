using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Progress;

/// <summary>
/// The progress snapshot, written by hand: the name, the coaches, the zone history and every tracked set. Days are
/// not written: they are exactly the live sets grouped by their day, so reading regroups them. Saving every user's
/// progress is the last step of a rebuild; the general serializer wrote each set id twice (in the sets and in its day)
/// and tracked every string it wrote for references, which made that step about a sixth of a rebuild. Sets are
/// written by <see cref="SetWriter"/>.
/// </summary>
public static class ProgressModelCodec
{
    public static void Write(BinaryWriter writer, ProgressModel model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(model);
        writer.Write(model.DisplayName);
        writer.Write(model.Coaches.Count);
        foreach (var coach in model.Coaches) writer.Write(coach.ToByteArray());

        var state = model.State;
        writer.Write(state.UserId.ToByteArray());
        WriteTime(writer, state.RegisteredAt);
        WriteTime(writer, state.LastActiveAt);
        writer.Write(state.Zones.Count);
        foreach (var zone in state.Zones)
        {
            WriteTime(writer, zone.EffectiveFrom);
            writer.Write(zone.TimeZone);
        }

        writer.Write(state.Sets.Count);
        var sets = new SetWriter(writer);
        // Keyed by their own set id, so the id is written once.
        foreach (var tracked in state.Sets.Values)
        {
            sets.Write(tracked.Set, flag: tracked.Voided);
            writer.Write7BitEncodedInt(tracked.Day.DayNumber);
        }
    }

    public static ProgressModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var model = new ProgressModel { DisplayName = reader.ReadString() };
        for (var i = reader.ReadInt32(); i > 0; i--) model.Coaches.Add(new Guid(reader.ReadBytes(16)));

        var state = model.State;
        state.UserId = new Guid(reader.ReadBytes(16));
        state.RegisteredAt = ReadOptionalTime(reader);
        state.LastActiveAt = ReadOptionalTime(reader);
        for (var i = reader.ReadInt32(); i > 0; i--) state.Zones.Add(new ZoneChange(ReadTime(reader), reader.ReadString()));

        var count = reader.ReadInt32();
        state.Sets.EnsureCapacity(count);
        var sets = new SetReader(reader);
        for (var i = 0; i < count; i++)
        {
            var set = sets.Read(out var voided);
            var tracked = new TrackedSet(set, DateOnly.FromDayNumber(reader.Read7BitEncodedInt()), voided);
            state.Sets.Add(set.SetId, tracked);
            if (tracked.Voided) continue;
            if (!state.Days.TryGetValue(tracked.Day, out var day)) state.Days.Add(tracked.Day, day = new ProgressDay());
            day.SetIds.Add(set.SetId);
        }

        return model;
    }

    // Clock ticks and offset, so an instant keeps the offset it was logged with.
    private static void WriteTime(BinaryWriter writer, DateTimeOffset value)
    {
        writer.Write(value.Ticks);
        writer.Write((short)value.Offset.TotalMinutes);
    }

    private static void WriteTime(BinaryWriter writer, DateTimeOffset? value)
    {
        writer.Write(value.HasValue);
        if (value is { } v) WriteTime(writer, v);
    }

    private static DateTimeOffset ReadTime(BinaryReader reader) => new(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16()));

    private static DateTimeOffset? ReadOptionalTime(BinaryReader reader) => reader.ReadBoolean() ? ReadTime(reader) : null;
}
