using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Domain.Scoring;

/// <summary>
/// Rule points-v1 (DESIGN.md §5) for one challenge: its program resolved against the catalog, its window
/// [startsAt, endsAt) and its time zone. Immutable and cheap to share; build it once per challenge.
/// </summary>
public sealed class ScoringRule
{
    public const string RuleId = "points-v1";
    public const int MaxSetPoints = 10;
    public const int DayBonus = 20;

    private readonly Dictionary<string, RuleItem> _byExercise;

    private ScoringRule(ChallengeProgram program, IReadOnlyList<RuleItem> items, DateTimeOffset startsAt,
        DateTimeOffset endsAt, TimeZoneInfo zone)
    {
        Program = program;
        Items = items;
        StartsAt = startsAt;
        EndsAt = endsAt;
        TimeZone = zone;
        _byExercise = items.ToDictionary(i => i.ExerciseId, StringComparer.Ordinal);
        Slots = items.SelectMany(i => i.Sided ? new[] { (i, RuleItem.Left), (i, RuleItem.Right) } : [(i, RuleItem.NoSide)])
            .ToArray();
    }

    public ChallengeProgram Program { get; }

    public DateTimeOffset StartsAt { get; }

    public DateTimeOffset EndsAt { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>How many slots each day has: one per program exercise, two for a sided one.</summary>
    public int SlotsPerDay => Slots.Count;

    internal IReadOnlyList<RuleItem> Items { get; }

    /// <summary>The slots of one day in program order, left before right.</summary>
    internal IReadOnlyList<(RuleItem Item, int Side)> Slots { get; }

    /// <summary>
    /// The rule of a challenge whose definition was already validated; throws <see cref="ArgumentException"/> on a
    /// program the catalog refuses, an empty or inverted window, or a time zone that is not an IANA name.
    /// </summary>
    public static ScoringRule Create(ChallengeProgram program, ExerciseCatalog catalog, DateTimeOffset startsAt,
        DateTimeOffset endsAt, string timeZone)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = ProgramValidator.Validate(program.Items, catalog);
        if (errors.Count > 0)
            throw new ArgumentException("Invalid program: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Detail}")), nameof(program));
        if (endsAt <= startsAt)
            throw new ArgumentException("The window [startsAt, endsAt) is empty or inverted.", nameof(endsAt));
        if (!TimeZones.TryFind(timeZone, out var zone))
            throw new ArgumentException($"'{timeZone}' is not an IANA time zone.", nameof(timeZone));

        var items = program.Items.Select((item, index) =>
        {
            var exercise = catalog.Find(item.ExerciseId)!;
            var prescribed = (exercise.IsTimed ? item.Seconds : item.Reps)!.Value;
            return new RuleItem(index, exercise.Id, item.Sets, prescribed, exercise.IsTimed, exercise.Sided);
        }).ToArray();
        return new ScoringRule(program, items, startsAt, endsAt, zone);
    }

    /// <summary>Clause 2: <c>min(10, floor(10 * performed / prescribed))</c>; nothing performed earns nothing.</summary>
    public static int SetPoints(int performed, int prescribed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(prescribed);
        return performed <= 0 ? 0 : (int)Math.Min(MaxSetPoints, 10L * performed / prescribed);
    }

    /// <summary>Clause 3: the calendar date of an instant in the challenge's time zone.</summary>
    public DateOnly DayOf(DateTimeOffset performedAt) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(performedAt, TimeZone).DateTime);

    /// <summary>Clause 1 (for a current, non-voided set): its exercise is in the program, with a side that fits, inside the window.</summary>
    public bool Counts(LoggedSet set) => TryPlace(set, out _);

    /// <summary>Scores a participant's current sets from scratch (corrections applied, voided sets left out).</summary>
    public ParticipantScore Score(IEnumerable<LoggedSet> sets) => ScoreFromScratch.Compute(this, sets);

    internal bool TryPlace(LoggedSet set, out PlacedSet placed)
    {
        placed = default;
        if (set is null || !_byExercise.TryGetValue(set.ExerciseId, out var item)) return false;
        if (set.PerformedAt < StartsAt || set.PerformedAt >= EndsAt) return false;
        var side = item.SideOf(set.Side);
        if (side < 0) return false;

        var slot = new SlotKey(DayOf(set.PerformedAt), item.Index, side);
        placed = new PlacedSet(set, item, slot, SetPoints(item.PerformedBy(set), item.Prescribed));
        return true;
    }
}
