namespace HeelChallenge.EventStore;

/// <summary>The subscriber list behind <see cref="IEventStoreNotifications"/>: copy-on-write, so notifying takes no lock.</summary>
internal sealed class AppendNotifier : IEventStoreNotifications
{
    private Action<long>[] _subscribers = [];

    public IDisposable Subscribe(Action<long> onAppended)
    {
        ArgumentNullException.ThrowIfNull(onAppended);
        Update(list => [.. list, onAppended]);
        return new Subscription(this, onAppended);
    }

    /// <summary>Tells every subscriber the new head; a subscriber that throws is not allowed to stop the others.</summary>
    public void Notify(long head)
    {
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(head);
            }
#pragma warning disable CA1031 // A subscriber's bug must not break the writer that committed the events.
            catch
#pragma warning restore CA1031
            {
            }
        }
    }

    private void Update(Func<Action<long>[], Action<long>[]> change)
    {
        while (true)
        {
            var current = Volatile.Read(ref _subscribers);
            if (Interlocked.CompareExchange(ref _subscribers, change(current), current) == current) return;
        }
    }

    private sealed class Subscription(AppendNotifier notifier, Action<long> subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                notifier.Update(list => [.. list.Where(s => !ReferenceEquals(s, subscriber))]);
        }
    }
}
