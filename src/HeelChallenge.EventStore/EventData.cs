namespace HeelChallenge.EventStore;

/// <summary>An event to append: a unique id (idempotency key), a stable type name and JSON payload and metadata.</summary>
public sealed record EventData(Guid EventId, string Type, string Data, string? Metadata = null);
