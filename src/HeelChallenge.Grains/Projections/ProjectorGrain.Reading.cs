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

    /// <summary>Routes a batch and sends each read model its part (see <see cref="DeliveryPipeline"/>).</summary>
    private Task DeliverAsync(DecodedBatch batch)
    {
        var perTarget = new Dictionary<GrainId, (IProjectionReadModel Target, List<ProjectedEvent> Events)>();
        var targets = new List<IProjectionReadModel>(4);
        foreach (var projected in batch.Events)
        {
            targets.Clear();
            _routes.Route(projected, targets);
            foreach (var target in targets)
            {
                var id = target.GetGrainId();
                if (!perTarget.TryGetValue(id, out var entry))
                {
                    entry = (target, []);
                    perTarget.Add(id, entry);
                }

                if (entry.Events.Count == 0 || !ReferenceEquals(entry.Events[^1], projected)) entry.Events.Add(projected);
            }
        }

        return _delivery.SendAsync(_generation, batch.LastPosition, perTarget.Select(p => (p.Key, p.Value.Target, p.Value.Events)));
    }
}
