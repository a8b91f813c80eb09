using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Gateway.Progress;

/// <summary>One calendar day in the user's time zone: totals, adherence (percent, one decimal) and every slot.</summary>
public sealed record ProgressDayResponse(
    DateOnly Date, int PrescribedSets, int SetsDone, decimal CountedCredit, decimal Adherence, IReadOnlyList<ProgressSlotResponse> Slots)
{
    public static ProgressDayResponse From(ProgressDayReport d) =>
        new(d.Date, d.PrescribedSets, d.SetsDone, d.CountedCredit, d.Adherence, d.Slots.Select(ProgressSlotResponse.From).ToList());
}
