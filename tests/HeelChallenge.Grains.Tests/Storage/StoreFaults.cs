using System.Collections.Concurrent;

namespace HeelChallenge.Grains.Tests.Storage;

/// <summary>Faults a test arms for one stream: the real store still does the work, the grain sees the fault.</summary>
public sealed class StoreFaults
{
    private readonly ConcurrentDictionary<string, Armed> _armed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _appendAttempts = new(StringComparer.Ordinal);

    public enum Kind
    {
        /// <summary>The append commits, then the caller gets an exception (a lost acknowledgement).</summary>
        ThrowAfterCommit,

        /// <summary>The append is not attempted and the caller gets an exception (the store is down).</summary>
        ThrowBeforeCommit,

        /// <summary>The append is not attempted and the caller is told the stream moved on.</summary>
        ReportConflict,
    }

    public void Arm(string streamId, Kind kind, int times = 1) => _armed[streamId] = new Armed(kind, times);

    public int AppendAttempts(string streamId) => _appendAttempts.GetValueOrDefault(streamId);

    internal Kind? Take(string streamId)
    {
        _appendAttempts.AddOrUpdate(streamId, 1, (_, n) => n + 1);
        while (_armed.TryGetValue(streamId, out var armed))
        {
            var left = armed with { Times = armed.Times - 1 };
            var swapped = left.Times == 0 ? _armed.TryRemove(new(streamId, armed)) : _armed.TryUpdate(streamId, left, armed);
            if (swapped) return armed.Kind;
        }

        return null;
    }

    private sealed record Armed(Kind Kind, int Times);
}
