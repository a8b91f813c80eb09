namespace HeelChallenge.EventStore;

/// <summary>
/// In-process signal that events were committed through this store instance, so projections can read at once
/// instead of waiting for their next poll. Only appends made in this process are signalled: readers must still poll
/// (another silo, another process). A backend that cannot signal simply does not register this service.
/// </summary>
public interface IEventStoreNotifications
{
    /// <summary>
    /// Runs <paramref name="onAppended"/> with the new head position after every transaction that stored events.
    /// It runs on the writer's thread: it must return at once, never block and never throw. Dispose to unsubscribe.
    /// </summary>
    IDisposable Subscribe(Action<long> onAppended);
}
