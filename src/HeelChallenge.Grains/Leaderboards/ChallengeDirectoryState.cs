using System.Globalization;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>
/// Every challenge's summary, and the public ones in creation order. Creations arrive in log order, so the public list
/// is appended to and stays sorted; a page is a binary search and a walk backwards (newest first).
/// </summary>
public sealed class ChallengeDirectoryState
{
    public const int MaxPageSize = 100;

    private readonly Dictionary<Guid, DirectoryEntry> _entries = [];
    private readonly List<DirectoryEntry> _public = [];

    public int Count => _entries.Count;

    public void Apply(Guid challengeId, ChallengeEvent @event, long position)
    {
        ArgumentNullException.ThrowIfNull(@event);
        if (@event is ChallengeCreated created)
        {
            if (_entries.ContainsKey(challengeId)) return;
            // The directory never shows the program or the invite code, so it does not keep them.
            var entry = new DirectoryEntry(created with { Program = [], InviteCode = "" }, position);
            _entries.Add(challengeId, entry);
            if (entry.IsPublic) _public.Add(entry);
            return;
        }

        if (!_entries.TryGetValue(challengeId, out var existing)) return;
        switch (@event)
        {
            case ParticipantJoined:
                existing.ParticipantCount++;
                break;
            case ParticipantLeft:
                existing.ParticipantCount = Math.Max(0, existing.ParticipantCount - 1);
                break;
            case ChallengeEnded ended:
                (existing.Status, existing.EndedAt) = (ChallengeStatus.Ended, ended.EndedAt);
                break;
            case ChallengeCancelled:
                existing.Status = ChallengeStatus.Cancelled;
                break;
            default:
                break;
        }
    }

    /// <summary>Public challenges created before the cursor (the creation position of the last item of the previous page).</summary>
    public ChallengeSummaryPage ListPublic(string? cursor, int limit)
    {
        var before = long.MaxValue;
        if (cursor is not null && (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out before) || before <= 0))
            return new ChallengeSummaryPage([], null, "cursor is not a cursor returned by this list.");

        limit = Math.Clamp(limit, 1, MaxPageSize);
        var end = LowerBound(before); // items [0, end) were created before the cursor
        var items = new List<ChallengeSummary>(Math.Min(limit, end));
        for (var i = end - 1; i >= 0 && items.Count < limit; i--) items.Add(_public[i].Summary());
        var next = end - items.Count > 0 && items.Count > 0
            ? _public[end - items.Count].CreatedPosition.ToString(CultureInfo.InvariantCulture)
            : null;
        return new ChallengeSummaryPage(items, next);
    }

    public IReadOnlyList<ChallengeSummary> GetMany(IEnumerable<Guid> challengeIds) =>
        [.. challengeIds.Select(id => _entries.TryGetValue(id, out var e) ? e.Summary() : null).OfType<ChallengeSummary>()];

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_entries.Count);
        foreach (var entry in _entries.Values.OrderBy(e => e.CreatedPosition))
        {
            var d = entry.Definition;
            writer.Write(entry.CreatedPosition);
            writer.WriteGuid(d.ChallengeId);
            writer.WriteGuid(d.OwnerId);
            writer.Write(d.Name);
            writer.WriteNullable(d.Description);
            writer.WriteTime(d.StartsAt);
            writer.WriteTime(d.EndsAt);
            writer.Write(d.TimeZone);
            writer.Write(d.Visibility);
            writer.WriteNullable(d.Capacity);
            writer.WriteTime(d.CreatedAt);
            writer.Write(entry.ParticipantCount);
            writer.Write(entry.Status);
            writer.WriteNullable(entry.EndedAt);
        }
    }

    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            var position = reader.ReadInt64();
            var (challengeId, ownerId, name, description) = (reader.ReadGuid(), reader.ReadGuid(), reader.ReadString(), reader.ReadNullableString());
            var (startsAt, endsAt, timeZone, visibility) = (reader.ReadTime(), reader.ReadTime(), reader.ReadString(), reader.ReadString());
            var (capacity, createdAt) = (reader.ReadNullableInt32(), reader.ReadTime());
            var definition = new ChallengeCreated(challengeId, ownerId, name, description, [], startsAt, endsAt, timeZone, visibility, "", capacity, createdAt);
            var entry = new DirectoryEntry(definition, position)
            {
                ParticipantCount = reader.ReadInt32(),
                Status = reader.ReadString(),
                EndedAt = reader.ReadNullableTime(),
            };
            _entries[challengeId] = entry;
            if (entry.IsPublic) _public.Add(entry);
        }
    }

    private int LowerBound(long position)
    {
        var (low, high) = (0, _public.Count);
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_public[mid].CreatedPosition < position) low = mid + 1;
            else high = mid;
        }

        return low;
    }
}
