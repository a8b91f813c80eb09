using System.Runtime.InteropServices;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// One participant's points-v1 score, kept up to date set by set. A change re-scores only the slot it touches
/// (O(sets in that slot)) and that slot's day, and the result equals <see cref="ScoringRule.Score"/> over
/// <see cref="Sets"/> whatever order the changes arrived in. Not thread-safe: a grain owns it.
/// </summary>
public sealed class ParticipantScorer
{
    private readonly Dictionary<string, PlacedSet> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<SlotKey, SlotState> _slots = [];
    private readonly Dictionary<DateOnly, DayState> _days = [];

    // reachedAt = the maximum over the slots' latest counted instants, kept with how many slots share it. Sets mostly
    // arrive later than the ones before, so the maximum mostly rises; only when the slot(s) holding it fall back (a
    // correction or void of the latest set) are the slots scanned again.
    private long _latestTicks = SlotState.NoTicks;
    private int _latestSlots;
    private int _setPoints;
    private int _fullDays;

    public ParticipantScorer(ScoringRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
    }

    /// <summary>Rebuilds a scorer from a snapshot of its <see cref="Sets"/> (or from any current sets).</summary>
    public ParticipantScorer(ScoringRule rule, IEnumerable<LoggedSet> sets) : this(rule)
    {
        ArgumentNullException.ThrowIfNull(sets);
        foreach (var set in sets)
        {
            Upsert(set);
        }
    }

    public ScoringRule Rule { get; }

    public int Points => _setPoints + ScoringRule.DayBonus * _fullDays;

    public DateTimeOffset? ReachedAt => _latestTicks == SlotState.NoTicks ? null : new DateTimeOffset(_latestTicks, TimeSpan.Zero);

    public ScoreTotal Total => new(Points, ReachedAt);

    /// <summary>
    /// The sets that count under clause 1 (program exercise, fitting side, inside the window), in no particular
    /// order. Sets that cannot count are not kept: the rule of a challenge never changes, so they never will.
    /// </summary>
    public IReadOnlyCollection<LoggedSet> Sets => _sets.Values.Select(p => p.Set).ToArray();

    /// <summary>
    /// A set logged for the first time; a set id already known changes nothing, as in the user's own fold (the write
    /// side never logs a set id twice). Cheaper than <see cref="Upsert"/> for a set that cannot count: no lookup.
    /// </summary>
    public ScoreTotal Log(LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!Rule.TryPlace(set, out var placed)) return Total;
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_sets, set.SetId, out var known);
        if (known) return Total;
        entry = placed;
        Attach(placed);
        return Total;
    }

    /// <summary>Logs or corrects a set (same set id replaces the earlier version) and answers the new total.</summary>
    public ScoreTotal Upsert(LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!Rule.TryPlace(set, out var placed))
        {
            // It cannot count; an earlier version that did stops counting.
            if (_sets.Remove(set.SetId, out var gone)) Unslot(gone);
            return Total;
        }

        // One lookup for the common case, a set id not seen before (placing first needs no dictionary).
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_sets, set.SetId, out var known);
        if (known)
        {
            if (entry.Set.SameContentAs(set)) return Total;
            var old = entry;
            entry = placed;
            Unslot(old);
        }
        else
        {
            entry = placed;
        }

        Attach(placed);
        return Total;
    }

    /// <summary>Voids a set; an unknown set id changes nothing.</summary>
    public ScoreTotal Remove(string setId)
    {
        if (setId is not null && _sets.Remove(setId, out var old))
        {
            Unslot(old);
        }

        return Total;
    }

    /// <summary>The full breakdown, computed from scratch over <see cref="Sets"/>: for "why this score" requests.</summary>
    public ParticipantScore Breakdown() => Rule.Score(_sets.Values.Select(p => p.Set));

    // Days and slots are structs inline in their dictionaries, changed through references to them: no dictionary is
    // changed while a reference into it is in use.
    private void Attach(PlacedSet placed)
    {
        ref var day = ref CollectionsMarshal.GetValueRefOrAddDefault(_days, placed.Slot.Day, out _);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_slots, placed.Slot, out var slotExists);
        if (!slotExists)
        {
            slot = new SlotState();
            day.OccupiedSlots++;
        }

        Rescore(ref day, ref slot, placed, add: true);
    }

    /// <summary>Takes a set out of its slot and day (it is no longer, or no longer in this version, in <c>_sets</c>).</summary>
    private void Unslot(PlacedSet placed)
    {
        ref var day = ref CollectionsMarshal.GetValueRefOrNullRef(_days, placed.Slot.Day);
        ref var slot = ref CollectionsMarshal.GetValueRefOrNullRef(_slots, placed.Slot);
        Rescore(ref day, ref slot, placed, add: false);
        if (slot.Count > 0) return;

        _slots.Remove(placed.Slot);
        if (--day.OccupiedSlots == 0) _days.Remove(placed.Slot.Day);
    }

    private void Rescore(ref DayState day, ref SlotState slot, PlacedSet placed, bool add)
    {
        var (pointsBefore, fullBefore, latestBefore) = (slot.CountedPoints, slot.Full, slot.LatestTicks);
        var dayFullBefore = day.FullSlots == Rule.SlotsPerDay;
        if (add) slot.Add(placed, placed.Item.Sets);
        else slot.Remove(placed, placed.Item.Sets);

        _setPoints += slot.CountedPoints - pointsBefore;
        if (slot.Full != fullBefore)
        {
            day.FullSlots += slot.Full ? 1 : -1;
            var dayFull = day.FullSlots == Rule.SlotsPerDay;
            if (dayFull != dayFullBefore) _fullDays += dayFull ? 1 : -1;
        }

        if (slot.LatestTicks != latestBefore)
        {
            // Track first: a slot whose latest moves later then never looks like the maximum leaving.
            TrackLatest(slot.LatestTicks);
            ReleaseLatest(latestBefore);
        }
    }

    private void TrackLatest(long ticks)
    {
        if (ticks == SlotState.NoTicks || ticks < _latestTicks) return;
        if (ticks > _latestTicks) (_latestTicks, _latestSlots) = (ticks, 0);
        _latestSlots++;
    }

    private void ReleaseLatest(long ticks)
    {
        if (ticks == SlotState.NoTicks || ticks != _latestTicks || --_latestSlots > 0) return;
        (_latestTicks, _latestSlots) = (SlotState.NoTicks, 0);
        foreach (var slot in _slots.Values) TrackLatest(slot.LatestTicks);
    }
}
