namespace HeelChallenge.Gateway.Challenges;

/// <summary>One program item as sent: reps for rep exercises, seconds for timed ones (per side for sided ones).</summary>
public sealed record ProgramItemRequest(string? ExerciseId, int? Sets, int? Reps = null, int? Seconds = null);
