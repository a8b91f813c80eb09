namespace HeelChallenge.EventStore;

/// <summary>
/// Argument checks shared by every backend, run on the caller's thread before anything is queued,
/// so a malformed append fails fast and never reaches a write transaction.
/// </summary>
internal static class AppendArguments
{
    // Below this size a nested loop beats allocating a set to find duplicate ids.
    private const int LinearDuplicateScanLimit = 16;

    public static void Validate(string streamId, long expectedVersion, IReadOnlyList<EventData> events)
    {
        ArgumentException.ThrowIfNullOrEmpty(streamId);
        // PostgreSQL text cannot hold NUL: refuse it in every backend, so a bad append fails alone, before any batch.
        if (streamId.Contains('\0', StringComparison.Ordinal)) throw new ArgumentException("A stream id cannot contain NUL.", nameof(streamId));
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("An append needs at least one event.", nameof(events));
        }

        HashSet<Guid>? seen = events.Count > LinearDuplicateScanLimit ? new HashSet<Guid>(events.Count) : null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i] ?? throw new ArgumentException($"Event #{i} is null.", nameof(events));
            if (e.EventId == Guid.Empty)
            {
                throw new ArgumentException($"Event #{i} has an empty id; the id is the idempotency key.", nameof(events));
            }

            if (string.IsNullOrEmpty(e.Type))
            {
                throw new ArgumentException($"Event #{i} ({e.EventId}) has no type name.", nameof(events));
            }

            if (e.Data is null)
            {
                throw new ArgumentException($"Event #{i} ({e.EventId}) has no data.", nameof(events));
            }

            if (e.Type.Contains('\0', StringComparison.Ordinal) || e.Data.Contains('\0', StringComparison.Ordinal) || e.Metadata?.Contains('\0', StringComparison.Ordinal) == true)
            {
                throw new ArgumentException($"Event #{i} ({e.EventId}) contains a NUL character (JSON escapes it as \\u0000).", nameof(events));
            }

            if (seen is null ? IndexOf(events, e.EventId, i) >= 0 : !seen.Add(e.EventId))
            {
                throw new ArgumentException($"Event id {e.EventId} occurs twice in one append.", nameof(events));
            }
        }
    }

    private static int IndexOf(IReadOnlyList<EventData> events, Guid eventId, int before)
    {
        for (var j = 0; j < before; j++)
        {
            if (events[j].EventId == eventId)
            {
                return j;
            }
        }

        return -1;
    }
}
