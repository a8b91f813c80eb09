using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Abstractions.Coaching;

/// <summary>One client on a coach's roster: who, since when they consent, and their figures at the time of the query.</summary>
[GenerateSerializer, Immutable, Alias("roster-row")]
public sealed record RosterRow(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] DateTimeOffset Since,
    [property: Id(3)] ProgressFigures Figures);
