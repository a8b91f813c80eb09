namespace HeelChallenge.Gateway.Me;

/// <summary>What the user did per exercise (and side), over all sets that are not voided.</summary>
public sealed record SummaryResponse(IReadOnlyList<ExerciseSummaryResponse> Exercises);
