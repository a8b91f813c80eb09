using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Progress;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Coaching;

/// <summary>The roster's snapshot: every consent record, the periods known to be over, and the row data of current clients only.</summary>
public sealed partial class RosterState
{
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_clients.Count);
        foreach (var (clientId, client) in _clients)
        {
            writer.WriteGuid(clientId);
            writer.WriteTime(client.Since);
            writer.Write(client.InviteCode);
            writer.Write(client.Position);
            writer.Write(client.Current);
        }

        writer.Write(_endedPeriods.Count);
        foreach (var (clientId, codes) in _endedPeriods)
        {
            writer.WriteGuid(clientId);
            writer.Write(codes.Count);
            foreach (var code in codes) writer.Write(code);
        }

        var entries = _entries.Values.Where(e => _clients.TryGetValue(e.ClientId, out var c) && c.Current).ToList();
        writer.Write(entries.Count);
        foreach (var entry in entries)
        {
            writer.WriteGuid(entry.ClientId);
            writer.Write(entry.DisplayName);
            writer.Write(entry.Position);
            WriteSummary(writer, entry.Summary);
        }
    }

    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _clients.Clear();
        _entries.Clear();
        _endedPeriods.Clear();
        _version++;
        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            var clientId = reader.ReadGuid();
            _clients[clientId] = new RosterClient(reader.ReadTime(), reader.ReadString(), reader.ReadInt64(), reader.ReadBoolean());
        }

        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            var clientId = reader.ReadGuid();
            var codes = new HashSet<string>(StringComparer.Ordinal);
            for (var c = reader.ReadInt32(); c > 0; c--) codes.Add(reader.ReadString());
            _endedPeriods[clientId] = codes;
        }

        for (var i = reader.ReadInt32(); i > 0; i--)
        {
            var (clientId, name, position) = (reader.ReadGuid(), reader.ReadString(), reader.ReadInt64());
            _entries[clientId] = new RosterEntry(clientId, name, ReadSummary(reader), position);
        }
    }

    private static void WriteSummary(BinaryWriter writer, ProgressSummary s)
    {
        writer.WriteGuid(s.UserId);
        writer.Write(s.TimeZone);
        writer.WriteNullable(s.RegisteredAt);
        writer.WriteNullable(s.StartedOn?.DayNumber);
        writer.WriteNullable(s.LastActiveAt);
        writer.WriteNullable(s.LastActiveDay?.DayNumber);
        writer.Write(s.LastRun);
        writer.Write(s.LongestStreak);
        writer.Write(s.RecentDays.Count);
        foreach (var day in s.RecentDays)
        {
            writer.Write(day.Date.DayNumber);
            writer.Write(day.Units);
        }
    }

    private static ProgressSummary ReadSummary(BinaryReader reader)
    {
        var (userId, zone, registeredAt) = (reader.ReadGuid(), reader.ReadString(), reader.ReadNullableTime());
        var startedOn = reader.ReadNullableInt32() is { } started ? DateOnly.FromDayNumber(started) : (DateOnly?)null;
        var lastActiveAt = reader.ReadNullableTime();
        var lastActiveDay = reader.ReadNullableInt32() is { } last ? DateOnly.FromDayNumber(last) : (DateOnly?)null;
        var (lastRun, longest) = (reader.ReadInt32(), reader.ReadInt32());
        var days = new DayCredit[reader.ReadInt32()];
        for (var i = 0; i < days.Length; i++) days[i] = new DayCredit(DateOnly.FromDayNumber(reader.ReadInt32()), reader.ReadInt64());
        return new ProgressSummary(userId, zone, registeredAt, startedOn, lastActiveAt, lastActiveDay, lastRun, longest, days);
    }
}
