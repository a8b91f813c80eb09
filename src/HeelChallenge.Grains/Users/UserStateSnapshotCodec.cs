using System.Text;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.EventSourcing;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Users;

/// <summary>
/// A user's snapshot, written by hand. The state holds every set the user ever logged, so it is the one snapshot that
/// grows without bound: as JSON a set took ~350 bytes (each record wrote the set twice, as logged and as it stands)
/// and a snapshot of a few thousand sets was a large-object string every few hundred sets. Under ingest load that was
/// ~10 % of the CPU per set and most of the p99 (gen-2 collections). Here a set takes ~40 bytes: sets through
/// <see cref="SetWriter"/>, the logged version only when a correction made it differ, instants of the record only when
/// they differ from when it was logged. Everything reads back exactly (ids, offsets, the scale of loads).
/// </summary>
public sealed class UserStateSnapshotCodec : ISnapshotCodec<UserState>
{
    public static readonly UserStateSnapshotCodec Instance = new();

    // "HCU1" little-endian: a JSON snapshot of an older build starts with '{' and is refused (then replaced).
    private const int Format = 0x31554348;

    private UserStateSnapshotCodec() { }

    public byte[] Serialize(UserState state, int schema)
    {
        ArgumentNullException.ThrowIfNull(state);
        var buffer = SnapshotBuffers.Rent(256 + (state.Sets.Count * 48));
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(schema);
            Write(writer, state);
        }

        return SnapshotBuffers.Detach(buffer);
    }

    public bool TryDeserialize(byte[] data, int schema, out UserState? state, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(data);
        state = null;
        try
        {
            using var reader = new BinaryReader(new MemoryStream(data, writable: false), Encoding.UTF8);
            if (data.Length < 8 || reader.ReadInt32() != Format) problem = "the snapshot is in another format";
            else if (reader.ReadInt32() is var found && found != schema) problem = $"the snapshot has schema {found}, the code expects {schema}";
            else
            {
                state = Read(reader);
                problem = reader.BaseStream.Position == data.Length ? null : "the snapshot has bytes after its end";
            }
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException)
        {
            problem = "the snapshot does not read back: " + e.Message;
        }

        if (problem is not null) state = null;
        return problem is null;
    }

    private static void Write(BinaryWriter writer, UserState state)
    {
        writer.WriteGuid(state.UserId);
        writer.WriteNullable(state.Username);
        writer.Write(state.DisplayName);
        writer.Write(state.TimeZone);
        writer.WriteNullable(state.RegisteredAt);
        writer.Write7BitEncodedInt(state.CoachInactiveAfterDays);

        // The current coaches are exactly the consents not revoked; they are rebuilt from the list.
        writer.Write7BitEncodedInt(state.Consents.Count);
        foreach (var consent in state.Consents)
        {
            writer.WriteGuid(consent.CoachId);
            writer.WriteTime(consent.GrantedAt);
            writer.Write(consent.InviteCode);
            writer.WriteNullable(consent.RevokedAt);
        }

        writer.Write7BitEncodedInt(state.Sets.Count);
        var sets = new SetWriter(writer);
        foreach (var record in state.Sets.Values) WriteRecord(writer, sets, record);
    }

    private static void WriteRecord(BinaryWriter writer, SetWriter sets, SetRecord record)
    {
        // By reference: a set as logged is the same instance as logged and as it stands until a correction.
        var corrected = !ReferenceEquals(record.Original, record.Current);
        var updated = !record.UpdatedAt.EqualsExact(record.LoggedAt);
        var flags = (corrected ? RecordFields.Original : 0) | (updated ? RecordFields.UpdatedAt : 0)
            | (record.CorrectedAt is not null ? RecordFields.CorrectedAt : 0);
        sets.Write(record.Current, flag: record.Voided);
        writer.Write((byte)flags);
        if (corrected) sets.Write(record.Original);
        writer.WriteTime(record.LoggedAt);
        if (updated) writer.WriteTime(record.UpdatedAt);
        if (record.CorrectedAt is { } correctedAt) writer.WriteTime(correctedAt);
        writer.Write7BitEncodedInt(record.Revision);
    }

    private static UserState Read(BinaryReader reader)
    {
        var state = new UserState
        {
            UserId = reader.ReadGuid(),
            Username = reader.ReadNullableString(),
            DisplayName = reader.ReadString(),
            TimeZone = reader.ReadString(),
            RegisteredAt = reader.ReadNullableTime(),
            CoachInactiveAfterDays = reader.Read7BitEncodedInt(),
        };

        for (var i = reader.Read7BitEncodedInt(); i > 0; i--)
        {
            var consent = new CoachConsent(reader.ReadGuid(), reader.ReadTime(), reader.ReadString(), reader.ReadNullableTime());
            state.Consents.Add(consent);
            if (consent.IsCurrent) state.Coaches.Add(consent.CoachId, consent);
        }

        var count = reader.Read7BitEncodedInt();
        state.Sets.EnsureCapacity(count);
        var sets = new SetReader(reader);
        for (var i = 0; i < count; i++)
        {
            var record = ReadRecord(reader, sets);
            state.Sets.Add(record.Current.SetId, record);
        }

        return state;
    }

    private static SetRecord ReadRecord(BinaryReader reader, SetReader sets)
    {
        var current = sets.Read(out var voided);
        var flags = (RecordFields)reader.ReadByte();
        var original = (flags & RecordFields.Original) != 0 ? sets.Read(out _) : current;
        var loggedAt = reader.ReadTime();
        var updatedAt = (flags & RecordFields.UpdatedAt) != 0 ? reader.ReadTime() : loggedAt;
        DateTimeOffset? correctedAt = (flags & RecordFields.CorrectedAt) != 0 ? reader.ReadTime() : null;
        return new SetRecord(original, current, voided, loggedAt, updatedAt, reader.Read7BitEncodedInt(), correctedAt);
    }

    [Flags]
    private enum RecordFields : byte
    {
        Original = 1,
        UpdatedAt = 2,
        CorrectedAt = 4,
    }
}
