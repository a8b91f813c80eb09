using HeelChallenge.Domain.Progress;

namespace HeelChallenge.Abstractions.Coaching;

/// <summary>
/// What a coach's roster keeps of one client: the name and the clock-free progress summary, as of the client's
/// progress read model at log position <see cref="Position"/> (a later position replaces an earlier one).
/// </summary>
[GenerateSerializer, Immutable, Alias("roster-entry")]
public sealed record RosterEntry(
    [property: Id(0)] Guid ClientId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] ProgressSummary Summary,
    [property: Id(3)] long Position);
