using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// What this silo knows of its projectors' progress, for the meter: the log head (from local appends and the
/// projectors' own reads) and, per kind active here, position and checkpoint. Gauges (tag "kind"):
/// <c>heelchallenge.projection.lag</c> = head − checkpoint (events not yet durably projected) and
/// <c>heelchallenge.projection.delivery_lag</c> = head − position (events not yet delivered to read models).
/// </summary>
public sealed class ProjectionProgress
{
    public const string LagInstrument = "heelchallenge.projection.lag";
    public const string DeliveryLagInstrument = "heelchallenge.projection.delivery_lag";

    private readonly ConcurrentDictionary<string, (long Position, long Checkpoint)> _kinds = new(StringComparer.Ordinal);
    private long _head;

    public ProjectionProgress(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(HeelChallengeMetrics.MeterName);
        meter.CreateObservableGauge(LagInstrument, () => Measure(k => k.Checkpoint), unit: "{event}",
            description: "Events in the log that a projection has not durably saved yet (head - checkpoint).");
        meter.CreateObservableGauge(DeliveryLagInstrument, () => Measure(k => k.Position), unit: "{event}",
            description: "Events in the log not yet delivered to a projection's read models (head - position).");
    }

    public long Head => Volatile.Read(ref _head);

    public void ObserveHead(long head)
    {
        var current = Volatile.Read(ref _head);
        while (head > current)
        {
            var seen = Interlocked.CompareExchange(ref _head, head, current);
            if (seen == current) return;
            current = seen;
        }
    }

    public void Report(string kind, long position, long checkpoint)
    {
        ObserveHead(position);
        _kinds[kind] = (position, checkpoint);
    }

    public void Remove(string kind) => _kinds.TryRemove(kind, out _);

    private IEnumerable<Measurement<long>> Measure(Func<(long Position, long Checkpoint), long> at)
    {
        var head = Head;
        foreach (var (kind, progress) in _kinds)
        {
            yield return new Measurement<long>(Math.Max(0, head - at(progress)), new KeyValuePair<string, object?>("kind", kind));
        }
    }
}
