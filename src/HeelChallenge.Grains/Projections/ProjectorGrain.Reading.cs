using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Grains.Projections;

/// <summary>Reading: batches from the shared reader (read ahead while catching up), routed and sent to the read models.</summary>
public sealed partial class ProjectorGrain
{
    /// <summary>The next batch: from the read-ahead while catching up, else read now (and start reading ahead if full).</summary>
    private async Task<DecodedBatch> NextBatchAsync()
    {
        if (_reader is { } reader)
        {
            if (reader.Next == _position && await reader.TakeAsync() is { } ahead) return ahead;
            StopReader();
        }

        var batch = await Task.Run(() => ReadBatchAsync(_position, CancellationToken.None));
        if (batch.IsFull) _reader = new LogReader(ReadBatchAsync, batch.LastPosition, _options.ReadAheadBatches);
        return batch;
    }

    private void StopReader()
    {
        _reader?.Stop();
        _reader = null;
    }

    /// <summary>A batch from the silo's shared reader, narrowed to the streams this kind reads.</summary>
    private async Task<DecodedBatch> ReadBatchAsync(long after, CancellationToken cancellationToken)
    {
        var routes = _routes;
        var batch = await log.ReadAsync(Kind, after, _options.BatchSize, cancellationToken);
        return batch.Events.All(e => routes.Reads(e.StreamId)) ? batch : batch with { Events = [.. batch.Events.Where(e => routes.Reads(e.StreamId))] };
    }

    // Per-target lists reused from batch to batch (a list per read model that grew to its share of a batch), so each
    // delivery gets one array of exactly its events instead of a list that doubled its way up: 5 % of a rebuild's
    // allocations. Bounded: past it the lists are dropped and made again.
    private const int MaxScratchTargets = 10_000;
    private readonly Dictionary<GrainId, (IProjectionReadModel Target, List<ProjectedEvent> Events)> _perTarget = [];
    private readonly List<GrainId> _targetsInBatch = [];
    private readonly List<IProjectionReadModel> _routed = new(4);

    /// <summary>Routes a batch and sends each read model its part (see <see cref="DeliveryPipeline"/>).</summary>
    private Task DeliverAsync(DecodedBatch batch)
    {
        // Whatever a batch that threw half-way left behind must not go out with this one.
        foreach (var id in _targetsInBatch) _perTarget[id].Events.Clear();
        _targetsInBatch.Clear();
        if (_perTarget.Count > MaxScratchTargets) _perTarget.Clear();
        foreach (var read in batch.Events)
        {
            var projected = _routes.Prepare(read);
            _routed.Clear();
            _routes.Route(projected, _routed);
            foreach (var target in _routed)
            {
                var id = target.GetGrainId();
                if (!_perTarget.TryGetValue(id, out var entry))
                {
                    entry = (target, []);
                    _perTarget.Add(id, entry);
                }

                if (entry.Events.Count == 0) _targetsInBatch.Add(id);
                if (entry.Events.Count == 0 || !ReferenceEquals(entry.Events[^1], projected)) entry.Events.Add(projected);
            }
        }

        var deliveries = new (GrainId, IProjectionReadModel, IReadOnlyList<ProjectedEvent>)[_targetsInBatch.Count];
        for (var i = 0; i < deliveries.Length; i++)
        {
            var id = _targetsInBatch[i];
            var (target, events) = _perTarget[id];
            deliveries[i] = (id, target, events.ToArray());
            events.Clear();
        }

        _targetsInBatch.Clear();
        return _delivery.SendAsync(_generation, batch.LastPosition, deliveries);
    }
}
