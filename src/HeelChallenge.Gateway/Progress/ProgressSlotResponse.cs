using System.Text.Json.Serialization;
using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Gateway.Progress;

/// <summary>One exercise (and side) of one day: prescribed versus done, and the credit that counts (0..prescribedSets).</summary>
public sealed record ProgressSlotResponse(
    string ExerciseId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Side,
    string Unit,
    int PrescribedSets,
    int PrescribedAmount,
    int SetsDone,
    int AmountDone,
    decimal CountedCredit)
{
    public static ProgressSlotResponse From(ProgressSlotReport s) =>
        new(s.ExerciseId, s.Side, s.Unit, s.PrescribedSets, s.PrescribedAmount, s.SetsDone, s.AmountDone, s.CountedCredit);
}
