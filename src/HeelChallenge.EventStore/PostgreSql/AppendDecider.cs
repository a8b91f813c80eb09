using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.EventStore.PostgreSql;

/// <summary>
/// The optimistic-concurrency and idempotency rules of <see cref="IEventStore.AppendAsync"/> as a pure function of
/// the stream's current version and the events already stored under the append's ids (the same rules the SQLite
/// writer applies; the shared contract tests pin them down).
/// </summary>
internal static class AppendDecider
{
    public static AppendOutcome Decide(string streamId, long expectedVersion, IReadOnlyList<EventData> events, long current, Func<Guid, StoredEventRef?> find)
    {
        var first = find(events[0].EventId);
        if (first is null && expectedVersion != current)
        {
            // The common conflict: someone else appended first. Answer at once, never spin.
            return new AppendOutcome.Answered(new AppendResult.WrongExpectedVersion(current));
        }

        // Count the leading run of stored events and check it has the shape of an earlier append of ours.
        var stored = 0;
        var lastStoredPosition = 0L;
        for (var i = 0; i < events.Count; i++)
        {
            var found = i == 0 ? first : find(events[i].EventId);
            if (found is not { } f) continue;
            var expectedAt = first is { } run ? run.StreamVersion + i : -1;
            if (f.StreamId != streamId || stored != i || f.StreamVersion != expectedAt)
                return new AppendOutcome.Rejected(Misuse(streamId, events[i].EventId, f));
            stored++;
            lastStoredPosition = f.Position;
        }

        if (first is not { } stream)
        {
            return new AppendOutcome.Store(0, current, current + events.Count, null);
        }

        var before = stream.StreamVersion - 1;
        var next = before + events.Count;
        if (stored == events.Count)
        {
            return new AppendOutcome.Answered(new AppendResult.Committed(next, stream.Position, lastStoredPosition));
        }

        var runEnd = before + stored;
        return current != runEnd || (expectedVersion != before && expectedVersion != runEnd)
            ? new AppendOutcome.Answered(new AppendResult.WrongExpectedVersion(current))
            : new AppendOutcome.Store(stored, runEnd, next, stream.Position);
    }

    private static ArgumentException Misuse(string streamId, Guid eventId, StoredEventRef found) =>
        new(found.StreamId == streamId
                ? $"Event {eventId} is already stored in stream '{found.StreamId}' at version {found.StreamVersion}; an append may only repeat stored events as a retry (the same events, in order, before any new ones)."
                : $"Event {eventId} is already stored in another stream ('{found.StreamId}', version {found.StreamVersion}); event ids are unique across streams.",
            "events");
}
