using System.Collections.Concurrent;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Common;

namespace HeelChallenge.Domain.Progress;

/// <summary>
/// Rule 1, a day's prescription: every exercise of the catalog, one slot per exercise, or one per side for a sided
/// exercise, each prescribing <see cref="Exercise.Sets"/> sets of <see cref="Exercise.PrescribedAmount"/>
/// reps or seconds. With the shipped catalog that is 11 slots (8 exercises, 3 of them per side) and 24 sets a day.
/// </summary>
public static class ProgressSlots
{
    public const string Left = "left";
    public const string Right = "right";

    private static readonly ConcurrentDictionary<(string Exercise, string Side), string> SidedKeys = new();

    /// <summary>The key of the slot a set fills: the exercise id, plus ":side" when it has one.</summary>
    /// <remarks>One shared string per sided slot (a rebuild files a million sets), while the keys stay few.</remarks>
    public static string KeyOf(string exerciseId, string? side)
    {
        if (side is null) return exerciseId;
        if (SidedKeys.TryGetValue((exerciseId, side), out var key)) return key;
        key = exerciseId + ":" + side;
        // Catalog names are few: the cache fills once; past the bound (a log full of odd names) keys are just not shared.
        return SidedKeys.Count < SharedNames.Capacity ? SidedKeys.GetOrAdd((exerciseId, side), key) : key;
    }

    /// <summary>The day's slots in catalog order, left before right.</summary>
    public static IReadOnlyList<(Exercise Exercise, string? Side)> Of(ExerciseCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Exercises
            .SelectMany(e => e.Sided ? new (Exercise, string?)[] { (e, Left), (e, Right) } : [(e, null)])
            .ToArray();
    }

    /// <summary>How many sets one day prescribes: the sum of <see cref="Exercise.Sets"/> over the slots.</summary>
    public static int PrescribedSetsPerDay(ExerciseCatalog catalog) => Of(catalog).Sum(s => s.Exercise.Sets);

    /// <summary>What a set performed in the exercise's unit (seconds if timed, else reps); the other unit counts nothing.</summary>
    public static int PerformedBy(Exercise exercise, Users.LoggedSet set) =>
        (exercise.IsTimed ? set.Seconds : set.Reps) ?? 0;
}
