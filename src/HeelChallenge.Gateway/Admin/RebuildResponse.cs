namespace HeelChallenge.Gateway.Admin;

/// <summary>The latest rebuild: it replays events 1..targetPosition (the head when it started).</summary>
public sealed record RebuildResponse(
    DateTimeOffset StartedAt,
    long TargetPosition,
    long Processed,
    double Percent,
    double EventsPerSecond,
    DateTimeOffset? CompletedAt);
