using HeelChallenge.Abstractions.Coaching;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Grains.Coaching;

/// <summary>
/// A coach's roster: the consent of each client (grants and revocations, by log position; revoked clients stay as
/// tombstones so a late copy of their grant cannot bring them back) and the latest row data of each client. Listing
/// evaluates each current client's summary at the given instant, sorts and pages: a few hundred small rows.
/// Revocations heard straight from a client's grain are kept apart, as consent periods (invite codes) known to be over:
/// that stays true whatever the projection replays, so they survive a reset (<see cref="Restarted"/>).
/// A sorted listing is kept until the roster changes or a quarter hour passes (every zone's midnight falls on a quarter
/// hour of UTC, and the figures only move with dates), so paging and repeated reads cost a binary search, not a sort.
/// </summary>
public sealed partial class RosterState
{
    private static readonly long QuarterHour = TimeSpan.FromMinutes(15).Ticks;

    private readonly Dictionary<Guid, RosterClient> _clients = [];
    private readonly Dictionary<Guid, RosterEntry> _entries = [];
    private readonly Dictionary<Guid, HashSet<string>> _endedPeriods = [];
    private long _version;
    private Listing? _listing;

    /// <summary>A new, empty roster that still knows which consent periods are over.</summary>
    public RosterState Restarted()
    {
        var fresh = new RosterState();
        foreach (var (clientId, codes) in _endedPeriods) fresh._endedPeriods[clientId] = [.. codes];
        // Rows are the progress grains' (each with its position), not the projection's: a push may come in just before
        // the first delivery of a rebuild, and only clients granted again are listed anyway.
        foreach (var (clientId, entry) in _entries) fresh._entries[clientId] = entry;
        return fresh;
    }

    public IEnumerable<Guid> CurrentClients => _clients.Where(c => c.Value.Current).Select(c => c.Key);

    public int ClientCount => _clients.Count(c => c.Value.Current);

    public bool HasEntry(Guid clientId) => _entries.ContainsKey(clientId);

    /// <summary>
    /// A grant at <paramref name="position"/>. Ignored when a later event of this client is already reflected, or when
    /// its period (its invite code: one period per code) is known to be over.
    /// </summary>
    public void Grant(Guid clientId, DateTimeOffset since, string inviteCode, long position)
    {
        if (_endedPeriods.TryGetValue(clientId, out var ended) && ended.Contains(inviteCode)) return;
        if (_clients.TryGetValue(clientId, out var known) && (known.Position >= position || (known.InviteCode == inviteCode && !known.Current)))
            return;
        _clients[clientId] = new RosterClient(since, inviteCode, position, Current: true);
        _version++;
    }

    /// <summary>A revocation at <paramref name="position"/>: the client and their row data leave (unless a later grant is already in).</summary>
    public void Revoke(Guid clientId, long position)
    {
        var known = _clients.GetValueOrDefault(clientId);
        if (known is not null && known.Position > position) return;
        _clients[clientId] = known is null ? new RosterClient(default, "", position, Current: false) : known with { Position = position, Current = false };
        // A row read after this revocation (the client granted again and their progress grain pushed first) stays.
        if (_entries.TryGetValue(clientId, out var entry) && entry.Position <= position) _entries.Remove(clientId);
        _version++;
    }

    /// <summary>
    /// The client's grain has stored the revocation of the period opened with <paramref name="inviteCode"/>, which the
    /// projector may not have brought yet: the client leaves now (a client has one period at a time, so whatever period
    /// the roster still thinks current is over), and a grant of that period arriving late is ignored.
    /// </summary>
    public void RevokedNow(Guid clientId, string inviteCode)
    {
        if (!_endedPeriods.TryGetValue(clientId, out var ended)) _endedPeriods[clientId] = ended = new(StringComparer.Ordinal);
        ended.Add(inviteCode);
        if (_clients.TryGetValue(clientId, out var known) && known.Current) _clients[clientId] = known with { Current = false };
        _entries.Remove(clientId);
        _version++;
    }

    /// <summary>
    /// Keeps the entry with the later position (an equal one replaces it: after a rebuild with new code, the new
    /// reading of the same position wins); true when it replaced what was there.
    /// </summary>
    public bool Update(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_entries.TryGetValue(entry.ClientId, out var known) && known.Position > entry.Position) return false;
        _entries[entry.ClientId] = entry;
        _version++;
        return true;
    }

    public RosterPage Page(RosterQuery query, DateTimeOffset now, ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(query);
        RosterKey? after = null;
        if (query.Cursor is not null)
        {
            if (!RosterKey.TryDecode(query.Cursor, query.Sort, query.Descending, out var decoded))
                return new RosterPage([], null, 0, "cursor is not a cursor returned by this list with this sort.");
            after = decoded;
        }

        var direction = query.Descending ? -1 : 1;
        var rows = Sorted(query, now, catalog, direction);
        var limit = Math.Max(1, query.Limit);
        var start = after is { } cursor ? UpperBound(rows, cursor, direction) : 0;
        var page = rows.Skip(start).Take(limit).ToList();
        var next = start + limit < rows.Count ? page[^1].Key.Encode(query.Sort, query.Descending) : null;
        return new RosterPage(page.Select(r => r.Row).ToList(), next, rows.Count);
    }

    private List<(RosterKey Key, RosterRow Row)> Sorted(RosterQuery query, DateTimeOffset now, ExerciseCatalog catalog, int direction)
    {
        var stamp = new ListingStamp(_version, now.UtcTicks / QuarterHour, query.InactiveAfterDays, query.Sort, query.Descending);
        if (_listing is { } cached && cached.Stamp == stamp) return cached.Rows;

        var rows = new List<(RosterKey Key, RosterRow Row)>(_clients.Count);
        foreach (var (clientId, client) in _clients)
        {
            if (!client.Current) continue;
            var entry = _entries.GetValueOrDefault(clientId);
            var figures = (entry?.Summary ?? Unknown(clientId)).Evaluate(catalog, now, query.InactiveAfterDays);
            var row = new RosterRow(clientId, entry?.DisplayName ?? "", client.Since, figures);
            rows.Add((KeyOf(query.Sort, row), row));
        }

        rows.Sort((a, b) => direction * a.Key.CompareTo(b.Key));
        _listing = new Listing(stamp, rows);
        return rows;
    }

    private readonly record struct ListingStamp(long Version, long QuarterHour, int InactiveAfterDays, RosterSort Sort, bool Descending);

    private sealed record Listing(ListingStamp Stamp, List<(RosterKey Key, RosterRow Row)> Rows);

    /// <summary>A current client whose row data has not arrived yet (a moment after the grant): no figures yet.</summary>
    private static ProgressSummary Unknown(Guid clientId) => new(clientId, "UTC", null, null, null, null, 0, 0, []);

    private static RosterKey KeyOf(RosterSort sort, RosterRow row)
    {
        var f = row.Figures;
        var primary = sort switch
        {
            RosterSort.NeedsAttention => -f.NeedsAttention,
            RosterSort.Adherence7 => (long)(f.Adherence7 * 10m),
            RosterSort.LastActive => f.LastActiveAt?.UtcTicks ?? long.MinValue,
            _ => 0L,
        };
        return new RosterKey(primary, row.DisplayName, row.UserId);
    }

    /// <summary>The index of the first row after <paramref name="cursor"/> in the list's order (binary search).</summary>
    private static int UpperBound(List<(RosterKey Key, RosterRow Row)> rows, RosterKey cursor, int direction)
    {
        var (lo, hi) = (0, rows.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (direction * rows[mid].Key.CompareTo(cursor) <= 0) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }
}
