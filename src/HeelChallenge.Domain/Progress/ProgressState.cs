using System.Runtime.InteropServices;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// The progress projection of one user: the fold of their stream, kept up to date event by event.
/// <list type="bullet">
/// <item>Time-zone history (rule 2): the registration zone, then one <see cref="ZoneChange"/> per profile change
/// that changed the zone, effective from its ChangedAt (never earlier than the entry before it, so the last event
/// of the stream is always the current zone even if clocks disagreed).</item>
/// <item>Each set is filed under the calendar date of its performedAt in the zone in effect at that instant, and
/// under its slot (exercise, side). A later zone change re-files only sets performed at or after the change
/// (possible because performedAt may be a few minutes ahead of the server clock); earlier days never move, so a
/// zone change never breaks or inflates a streak.</item>
/// <item>Corrections move a set to its new day and slot; voids remove it and leave a tombstone.</item>
/// </list>
/// Applying an event that is already reflected changes nothing (a second UserRegistered, a SetLogged for a known
/// set id, the same correction again, a second void, a profile change to the current zone). Replays of older
/// events after newer ones are the caller's to skip, by stream position. Mutable and serializable like
/// <see cref="UserState"/>; memory is proportional to the user's sets.
/// </summary>
[GenerateSerializer, Alias("progress-state")]
public sealed class ProgressState
{
    [Id(0)] public Guid UserId { get; set; }

    [Id(1)] public DateTimeOffset? RegisteredAt { get; set; }

    /// <summary>Ordered by <see cref="ZoneChange.EffectiveFrom"/>; the last entry is the current zone.</summary>
    [Id(2)] public List<ZoneChange> Zones { get; set; } = [];

    /// <summary>Every set id ever logged, voided ones included (as tombstones).</summary>
    [Id(3)] public Dictionary<string, TrackedSet> Sets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Days with at least one live set.</summary>
    [Id(4)] public Dictionary<DateOnly, ProgressDay> Days { get; set; } = [];

    /// <summary>The latest performedAt of a live set, in UTC; null when there is none.</summary>
    [Id(5)] public DateTimeOffset? LastActiveAt { get; set; }

    public bool IsRegistered => RegisteredAt is not null;

    /// <summary>The user's current time zone (UTC before registration).</summary>
    public string TimeZone => Zones.Count == 0 ? "UTC" : Zones[^1].TimeZone;

    /// <summary>The zone in effect at an instant: the last entry effective at or before it.</summary>
    public string TimeZoneAt(DateTimeOffset instant)
    {
        for (var i = Zones.Count - 1; i >= 0; i--)
        {
            if (Zones[i].EffectiveFrom <= instant) return Zones[i].TimeZone;
        }

        return "UTC";
    }

    /// <summary>Rule 2: the day of a set is the calendar date of performedAt in the zone in effect at that instant.</summary>
    public DateOnly DayOf(DateTimeOffset performedAt) => ProgressZones.DateIn(performedAt, TimeZoneAt(performedAt));

    public void Apply(UserEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        switch (e)
        {
            case UserRegistered r when RegisteredAt is null:
                UserId = r.UserId;
                RegisteredAt = r.RegisteredAt;
                Zones.Insert(0, new ZoneChange(DateTimeOffset.MinValue, r.TimeZone));
                Refile(DateTimeOffset.MinValue);
                break;
            case UserProfileChanged p when p.TimeZone != TimeZone:
                var from = Zones.Count > 0 && Zones[^1].EffectiveFrom > p.ChangedAt ? Zones[^1].EffectiveFrom : p.ChangedAt;
                Zones.Add(new ZoneChange(from, p.TimeZone));
                Refile(from);
                break;
            case SetLogged l:
                // One lookup for the common case, a new set id; a known one (voided included) changes nothing. The day
                // first: if that throws, nothing was added.
                var logged = Track(l.Set);
                ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(Sets, l.Set.SetId, out var known);
                if (!known) FileNew(ref slot, logged);
                break;
            case SetCorrected c when Sets.TryGetValue(c.Set.SetId, out var tracked) && !tracked.Voided
                                     && !tracked.Set.SameContentAs(c.Set):
                Unfile(tracked);
                File(c.Set);
                break;
            case SetVoided v when Sets.TryGetValue(v.SetId, out var tracked) && !tracked.Voided:
                Unfile(tracked);
                Sets[v.SetId] = tracked with { Voided = true };
                ForgetIfLastActive(tracked.Set);
                break;
            default:
                break;
        }
    }

    private TrackedSet Track(LoggedSet set) => new(set, DayOf(set.PerformedAt), Voided: false);

    private void File(LoggedSet set)
    {
        var tracked = Track(set);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(Sets, set.SetId, out var known);
        if (known) ForgetIfLastActive(slot.Set, replacedBy: set);
        FileNew(ref slot, tracked);
    }

    /// <summary>Fills a set's entry of <see cref="Sets"/> (new, or one whose old version was unfiled) and files it under its day.</summary>
    private void FileNew(ref TrackedSet slot, TrackedSet tracked)
    {
        // The reference is into Sets, which nothing here changes.
        slot = tracked;
        ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(Days, tracked.Day, out _);
        day ??= new ProgressDay();
        day.Add(tracked.Set.SetId);
        if (LastActiveAt is null || tracked.Set.PerformedAt > LastActiveAt) LastActiveAt = tracked.Set.PerformedAt.ToUniversalTime();
    }

    private void Unfile(TrackedSet tracked)
    {
        var day = Days[tracked.Day];
        day.Remove(tracked.Set.SetId);
        if (day.IsEmpty) Days.Remove(tracked.Day);
    }

    /// <summary>Re-files the live sets performed at or after <paramref name="from"/> whose day the zone history moved.</summary>
    private void Refile(DateTimeOffset from)
    {
        var moved = Sets.Values
            .Where(t => !t.Voided && t.Set.PerformedAt >= from && DayOf(t.Set.PerformedAt) != t.Day)
            .ToArray();
        foreach (var tracked in moved)
        {
            Unfile(tracked);
            File(tracked.Set);
        }
    }

    /// <summary>
    /// Keeps <see cref="LastActiveAt"/> the maximum over live sets when the set holding it leaves (voided, or
    /// corrected to another instant): only then is a scan needed.
    /// </summary>
    private void ForgetIfLastActive(LoggedSet leaving, LoggedSet? replacedBy = null)
    {
        if (LastActiveAt is not { } last || leaving.PerformedAt != last) return;
        if (replacedBy is not null && replacedBy.PerformedAt >= last) return;
        DateTimeOffset? latest = null;
        foreach (var t in Sets.Values)
        {
            if (t.Voided || t.Set.SetId == leaving.SetId) continue;
            if (latest is null || t.Set.PerformedAt > latest) latest = t.Set.PerformedAt;
        }

        LastActiveAt = latest?.ToUniversalTime();
    }
}
