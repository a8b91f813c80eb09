namespace HeelChallenge.EventStore.Sqlite;

/// <summary>
/// Decides and performs one append inside the writer's open transaction: the optimistic-concurrency check against
/// the running stream version, the inserts, and the recognition of retries by event id. Writer thread only.
/// </summary>
/// <remarks>
/// Idempotency rules (the contract tests pin them down):
/// <list type="bullet">
/// <item>Every event of the append is already stored in this stream, in this order at consecutive versions: a retry
/// of a committed batch. The answer is the original <see cref="AppendResult.Committed"/> (its versions and positions),
/// whatever the expected version says (Orleans re-reads after a failed write and re-submits with the new version),
/// and nothing is stored.</item>
/// <item>A leading run of the events is stored like that and the rest is not: the batch was regrouped around a retry.
/// If the stored run is the stream's tail and the expected version is the version before or after that run, the new
/// events are stored right after it; otherwise <see cref="AppendResult.WrongExpectedVersion"/>.</item>
/// <item>Any other use of a stored id (one stored in another stream, or a stored id after a new one, or out of order)
/// can never succeed by retrying, so it is an <see cref="ArgumentException"/>, and nothing is stored.</item>
/// </list>
/// A plain conflict (first event id not stored, expected version stale) costs one id lookup and returns at once.
/// </remarks>
internal sealed class SqliteAppendProcessor(SqliteWriterCommands commands, StreamVersionCache versions)
{
    private long _nextPosition;

    /// <summary>The highest position inserted so far, including by the open transaction.</summary>
    public long Head => _nextPosition - 1;

    /// <summary>Positions continue from the committed head; the single writer makes them gap-free and in commit order.</summary>
    public void BeginBatch(long committedHead) => _nextPosition = committedHead + 1;

    /// <summary>Decides the request's outcome (not yet visible to the caller) and returns the number of events stored.</summary>
    public int Process(AppendRequest request, long recordedAtUnixMs)
    {
        var current = CurrentVersion(request.StreamId);
        var events = request.Events;
        if (request.ExpectedVersion == current)
        {
            var first = _nextPosition;
            if (InsertFrom(request, 0, current, recordedAtUnixMs) == events.Count)
            {
                versions.SetPending(request.StreamId, current + events.Count);
                request.Decide(new AppendResult.Committed(current + events.Count, first, Head));
                return events.Count;
            }

            // An id is already stored: undo this append's rows and find out whether it is a retry.
            UndoFrom(first);
        }

        return Resolve(request, current, recordedAtUnixMs);
    }

    private int Resolve(AppendRequest request, long current, long recordedAtUnixMs)
    {
        var events = request.Events;
        var first = commands.FindEvent(events[0].EventId);
        if (first is null && request.ExpectedVersion != current)
        {
            // The common conflict: someone else appended first. Answer at once, never spin.
            request.Decide(new AppendResult.WrongExpectedVersion(current));
            return 0;
        }

        // Count the leading run of stored events and check it has the shape of an earlier append of ours.
        var stored = 0;
        var lastStoredPosition = 0L;
        for (var i = 0; i < events.Count; i++)
        {
            var found = i == 0 ? first : commands.FindEvent(events[i].EventId);
            if (found is null)
            {
                continue;
            }

            var expectedAt = first is { } f ? f.StreamVersion + i : -1;
            if (found.Value.StreamId != request.StreamId || stored != i || found.Value.StreamVersion != expectedAt)
            {
                request.Reject(Misuse(request, events[i].EventId, found.Value));
                return 0;
            }

            stored++;
            lastStoredPosition = found.Value.Position;
        }

        if (first is not { } run)
        {
            // Cannot happen: the insert reported a stored id, so the loop found it (or rejected the append).
            request.Reject(new InvalidOperationException($"Stream '{request.StreamId}': a duplicate event id vanished during the append."));
            return 0;
        }

        var before = run.StreamVersion - 1;
        var next = before + events.Count;
        if (stored == events.Count)
        {
            request.Decide(new AppendResult.Committed(next, run.Position, lastStoredPosition));
            return 0;
        }

        var runEnd = before + stored;
        if (current != runEnd || (request.ExpectedVersion != before && request.ExpectedVersion != runEnd))
        {
            request.Decide(new AppendResult.WrongExpectedVersion(current));
            return 0;
        }

        var tailFirst = _nextPosition;
        if (InsertFrom(request, stored, runEnd, recordedAtUnixMs) != events.Count)
        {
            // Cannot happen: every remaining id was just looked up and is absent, and this writer is alone.
            UndoFrom(tailFirst);
            request.Reject(new InvalidOperationException($"Stream '{request.StreamId}': an event id appeared during the append."));
            return 0;
        }

        versions.SetPending(request.StreamId, next);
        request.Decide(new AppendResult.Committed(next, run.Position, Head));
        return events.Count - stored;
    }

    /// <summary>Inserts events[start..] at the versions after <paramref name="versionBefore"/>; returns the index reached.</summary>
    private int InsertFrom(AppendRequest request, int start, long versionBefore, long recordedAtUnixMs)
    {
        var events = request.Events;
        for (var i = start; i < events.Count; i++)
        {
            if (!commands.TryInsert(_nextPosition, request.StreamId, versionBefore + 1 + i - start, events[i], recordedAtUnixMs))
            {
                return i;
            }

            _nextPosition++;
        }

        return events.Count;
    }

    private void UndoFrom(long position)
    {
        if (_nextPosition > position)
        {
            commands.DeleteFrom(position);
            _nextPosition = position;
        }
    }

    private long CurrentVersion(string streamId)
    {
        if (!versions.TryGet(streamId, out var version))
        {
            version = commands.ReadStreamVersion(streamId);
            versions.SetLoaded(streamId, version);
        }

        return version;
    }

    private static ArgumentException Misuse(AppendRequest request, Guid eventId, StoredEventRef found) =>
        new(found.StreamId == request.StreamId
                ? $"Event {eventId} is already stored in stream '{found.StreamId}' at version {found.StreamVersion}; an append may only repeat stored events as a retry (the same events, in order, before any new ones)."
                : $"Event {eventId} is already stored in another stream ('{found.StreamId}', version {found.StreamVersion}); event ids are unique across streams.",
            nameof(request));
}
