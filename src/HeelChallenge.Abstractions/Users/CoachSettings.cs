namespace HeelChallenge.Abstractions.Users;

/// <summary>How a coach's roster flags clients: inactive after this many days without a set (default 3).</summary>
[GenerateSerializer, Immutable, Alias("coach-settings")]
public sealed record CoachSettings([property: Id(0)] int InactiveAfterDays);
