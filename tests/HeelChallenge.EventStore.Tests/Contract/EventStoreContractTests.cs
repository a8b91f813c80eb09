namespace HeelChallenge.EventStore.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="IEventStore"/> backend must have. A backend's test class derives from this and
/// says how to open a store; the tests themselves (split over the partial files beside this one) are shared.
/// Each test object starts from empty storage, so absolute positions (starting at 1) are asserted.
/// </summary>
public abstract partial class EventStoreContractTests : IAsyncLifetime
{
    private readonly List<IEventStore> _opened = [];

    /// <summary>
    /// Opens a store over the storage called <paramref name="name"/>: empty the first time this test object opens
    /// that name, and holding everything written before when the name is opened again (reopen after dispose, or a
    /// second instance while the first one was abandoned without dispose, as after a crash).
    /// </summary>
    protected abstract Task<IEventStore> OpenStoreAsync(string name);

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Disposes every store the test opened, including the ones it abandoned on purpose.</summary>
    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
        {
            await CloseAsync(store);
        }
    }

    protected async Task<IEventStore> OpenAsync(string name = "store")
    {
        var store = await OpenStoreAsync(name);
        _opened.Add(store);
        return store;
    }

    /// <summary>A clean shutdown; stores are disposable by convention (a second dispose is a no-op).</summary>
    protected static async Task CloseAsync(IEventStore store)
    {
        switch (store)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    protected static string NewStreamId(string kind = "user") => $"{kind}-{Guid.NewGuid():N}";

    protected static EventData NewEvent(string type = "SetLogged", string? data = null, string? metadata = null) =>
        new(Guid.NewGuid(), type, data ?? $$"""{"setId":"{{Guid.NewGuid():N}}","reps":12}""", metadata);

    protected static EventData[] NewEvents(int count, string type = "SetLogged") =>
        Enumerable.Range(0, count).Select(i => NewEvent(type, $$"""{"n":{{i}}}""")).ToArray();

    protected static async Task<AppendResult.Committed> AppendCommittedAsync(IEventStore store, string streamId, long expectedVersion, params EventData[] events)
    {
        var result = await store.AppendAsync(streamId, expectedVersion, events);
        return Assert.IsType<AppendResult.Committed>(result);
    }

    /// <summary>Reads the whole global log in pages, as a projector would.</summary>
    protected static async Task<List<RecordedEvent>> ReadAllEventsAsync(IEventStore store, int pageSize = 500)
    {
        var all = new List<RecordedEvent>();
        var after = 0L;
        while (true)
        {
            var page = await store.ReadAllAsync(after, pageSize);
            if (page.Count == 0)
            {
                return all;
            }

            all.AddRange(page);
            after = page[^1].Position;
        }
    }

    protected static void AssertSameEvents(IReadOnlyList<EventData> expected, IEnumerable<RecordedEvent> actual)
    {
        Assert.Equal(expected.Select(e => (e.EventId, e.Type, e.Data, e.Metadata)), actual.Select(e => (e.EventId, e.Type, e.Data, e.Metadata)));
    }
}
