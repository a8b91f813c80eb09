using HeelChallenge.Abstractions.Projections;
using Orleans.Runtime;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Sends the projector's deliveries. Each read model gets its deliveries one after the other, in position order (the
/// next is sent only once the previous one was applied), but the read models do not wait for one another: while a
/// board catches up a joining participant, the others go on with the next batches. At most
/// <c>maxBatchesInFlight</c> batches are outstanding. Used from the projector grain's turns only.
/// </summary>
internal sealed class DeliveryPipeline(int maxBatchesInFlight)
{
    private readonly Dictionary<GrainId, Task> _tails = [];
    private readonly Queue<(Task Sent, long Through)> _batches = new();
    private long _appliedThrough;

    /// <summary>Every read model sent something since the last checkpoint.</summary>
    public DeliveryTracker Tracker { get; } = new();

    /// <summary>
    /// The position up to which every read model applied what it was sent (at most the last position sent): what a
    /// status reports as delivered, so "caught up" never means "still in flight".
    /// </summary>
    public long AppliedThrough(long sentThrough)
    {
        while (_batches.TryPeek(out var oldest) && oldest.Sent.IsCompletedSuccessfully) _appliedThrough = _batches.Dequeue().Through;
        return _batches.Count == 0 ? sentThrough : _appliedThrough;
    }

    /// <summary>Sends one batch's deliveries; <paramref name="through"/> is the batch's last position.</summary>
    public async Task SendAsync(long generation, long through, IEnumerable<(GrainId Id, IProjectionReadModel Target, IReadOnlyList<ProjectedEvent> Events)> deliveries)
    {
        var sends = new List<Task>();
        foreach (var (id, target, events) in deliveries)
        {
            var last = events[events.Count - 1].Position;
            var delivery = new ProjectionDelivery(generation, Tracker.SentTo(id), events);
            Tracker.Sent(id, target, last);
            var send = SendAfterAsync(_tails.GetValueOrDefault(id) ?? Task.CompletedTask, id, target, delivery, last);
            _tails[id] = send;
            sends.Add(send);
        }

        if (sends.Count > 0) _batches.Enqueue((Task.WhenAll(sends), through));
        else if (_batches.Count == 0) _appliedThrough = through;
        while (_batches.Count > maxBatchesInFlight) await Next();
    }

    /// <summary>Waits until everything sent was applied; throws the first failure.</summary>
    public async Task DrainAsync()
    {
        while (_batches.Count > 0) await Next();
        _tails.Clear();
    }

    /// <summary>After a failure: lets what is still running finish (failures ignored) and forgets everything sent.</summary>
    public async Task AbandonAsync()
    {
        while (_batches.Count > 0)
        {
            try
            {
                await _batches.Dequeue().Sent;
            }
            catch (Exception)
            {
                // The projector rewinds to its checkpoint anyway; the read models skip what they already applied.
            }
        }

        _tails.Clear();
        Tracker.Clear();
    }

    private async Task Next()
    {
        var (sent, through) = _batches.Peek();
        await sent;
        _batches.Dequeue();
        _appliedThrough = through;
    }

    /// <summary>Sends after the previous delivery to the same read model was applied; a failed one stops the chain.</summary>
    private static async Task SendAfterAsync(Task previous, GrainId id, IProjectionReadModel target, ProjectionDelivery delivery, long last)
    {
        await previous;
        DeliveryTracker.Acknowledged(id, last, await target.Apply(delivery));
    }
}
