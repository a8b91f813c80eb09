namespace HeelChallenge.EventStore.Sqlite;

/// <summary>Where an already stored event id lives: what the idempotency check needs to recognise a retry.</summary>
internal readonly record struct StoredEventRef(string StreamId, long StreamVersion, long Position);
