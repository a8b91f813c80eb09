namespace HeelChallenge.EventStore;

/// <summary>Serialized state plus the stream version or global position it reflects.</summary>
public sealed record Snapshot(byte[] Data, long Version);
