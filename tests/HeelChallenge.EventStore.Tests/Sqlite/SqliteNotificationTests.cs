using System.Collections.Concurrent;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>IEventStoreNotifications: subscribers hear the new head after each commit that stored events, and only then.</summary>
public sealed class SqliteNotificationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Given_a_subscriber_When_events_are_appended_Then_it_hears_a_head_that_readers_already_see()
    {
        await using var store = SqliteTestSupport.Open(_directory.File("notify.db"));
        var heard = new ConcurrentQueue<(long Head, long Visible)>();
        using var subscription = store.Subscribe(head => heard.Enqueue((head, store.ReadHeadPositionAsync().GetAwaiter().GetResult())));

        await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent(), SqliteTestSupport.NewEvent()]);
        await SqliteTestSupport.PollUntilAsync(() => !heard.IsEmpty, "the subscriber heard the append");

        Assert.True(heard.TryDequeue(out var first));
        Assert.Equal((2L, 2L), first);
    }

    [Fact]
    public async Task Given_a_disposed_subscription_or_a_snapshot_write_When_committed_Then_nothing_is_heard_and_a_throwing_subscriber_harms_no_one()
    {
        await using var store = SqliteTestSupport.Open(_directory.File("quiet.db"));
        var gone = 0;
        var kept = 0;
        store.Subscribe(_ => throw new InvalidOperationException("a buggy subscriber")).Dispose();
        using var throwing = store.Subscribe(_ => throw new InvalidOperationException("a buggy subscriber"));
        var subscription = store.Subscribe(_ => Interlocked.Increment(ref gone));
        subscription.Dispose();
        using var other = store.Subscribe(_ => Interlocked.Increment(ref kept));

        await store.SaveSnapshotAsync("projection:test", new Snapshot([1], 1));
        Assert.Equal(0, Volatile.Read(ref kept));

        var result = await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]);
        Assert.IsType<AppendResult.Committed>(result);
        await SqliteTestSupport.PollUntilAsync(() => Volatile.Read(ref kept) == 1, "the remaining subscriber heard the append");
        Assert.Equal(0, Volatile.Read(ref gone));
    }
}
