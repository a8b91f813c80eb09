namespace HeelChallenge.Grains.Projections;

/// <summary>The rebuild a projector runs or last ran, kept with its checkpoint so progress survives a restart.</summary>
internal sealed record RebuildMark(long Generation, DateTimeOffset StartedAt, long TargetPosition, DateTimeOffset? CompletedAt);
