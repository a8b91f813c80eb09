using HeelChallenge.Abstractions.Users;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Users;

internal static class SetViews
{
    public static SetView ToView(this SetRecord record)
    {
        var set = record.Current;
        return new SetView(set.SetId, set.ExerciseId, set.Side, set.Reps, set.Seconds, set.LoadKg, set.PerformedAt,
            record.LoggedAt, record.CorrectedAt, record.Voided);
    }
}
