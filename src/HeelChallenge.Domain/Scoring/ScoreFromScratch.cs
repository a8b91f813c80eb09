using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// Points-v1 written as plainly as §5 reads: the reference the incremental <see cref="ParticipantScorer"/> is
/// tested against, and the source of the breakdown that explains a score.
/// </summary>
internal static class ScoreFromScratch
{
    public static ParticipantScore Compute(ScoringRule rule, IEnumerable<LoggedSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var placed = new List<PlacedSet>();
        foreach (var set in sets)
        {
            // The input is the participant's current sets: one per set id. Two would make the result depend on order.
            if (!ids.Add(set.SetId))
                throw new ArgumentException($"Set '{set.SetId}' appears twice; pass each set id once, as it stands now.", nameof(sets));
            if (rule.TryPlace(set, out var p)) placed.Add(p);
        }

        var days = placed
            .GroupBy(p => p.Slot.Day)
            .OrderBy(g => g.Key)
            .Select(day => ScoreDay(rule, day.Key, day.ToLookup(p => p.Slot)))
            .ToArray();

        var reachedAt = days
            .SelectMany(d => d.Slots)
            .SelectMany(s => s.Counted)
            .Where(c => c.Points > 0)
            .Select(c => (DateTimeOffset?)c.PerformedAt.ToUniversalTime())
            .Max();
        return new ParticipantScore(days.Sum(d => d.Points), reachedAt, days);
    }

    private static DayScore ScoreDay(ScoringRule rule, DateOnly day, ILookup<SlotKey, PlacedSet> bySlot)
    {
        var slots = rule.Slots.Select(s =>
        {
            var inSlot = bySlot[new SlotKey(day, s.Item.Index, s.Side)].Order(SlotOrder.Instance).ToArray();
            var counted = inSlot.Take(s.Item.Sets)
                .Select(p => new CountedSet(p.Set.SetId, p.Points, p.Set.PerformedAt))
                .ToArray();
            return new SlotScore(s.Item.ExerciseId, RuleItem.SideName(s.Side), s.Item.Sets, counted.Sum(c => c.Points),
                counted, inSlot.Length - counted.Length);
        }).ToArray();

        var bonus = slots.All(s => s.Full) ? ScoringRule.DayBonus : 0;
        return new DayScore(day, slots.Sum(s => s.Points), bonus, slots);
    }
}
