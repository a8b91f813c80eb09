namespace HeelChallenge.Gateway.Me;

/// <summary>The fields of a set that both logging and correcting send.</summary>
public interface ISetFields
{
    string? ExerciseId { get; }

    string? Side { get; }

    int? Reps { get; }

    int? Seconds { get; }

    decimal? LoadKg { get; }

    DateTimeOffset? PerformedAt { get; }
}
