using HeelChallenge.EventStore.Sqlite;
using Microsoft.Data.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>Failed transactions, cancellation and shutdown of the single writer.</summary>
public sealed class SqliteWriterFailureTests : IDisposable
{
    // A trigger makes chosen inserts fail inside the writer's transaction, like a disk error would, without hooks.
    private const string PoisonTrigger =
        "CREATE TRIGGER poison BEFORE INSERT ON events WHEN NEW.type = 'Poison' BEGIN SELECT RAISE(ABORT, 'poisoned event'); END";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Given_a_transaction_that_fails_When_appending_Then_its_append_fails_nothing_is_stored_and_the_writer_goes_on()
    {
        var path = _directory.File("poison.db");
        await using var store = SqliteTestSupport.Open(path);
        await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]);
        using (var side = SqliteTestSupport.OpenSideConnection(path))
        {
            side.Execute(PoisonTrigger);
        }

        var stream = SqliteTestSupport.NewStreamId();

        // The first event inserts fine, the second fails: the whole transaction, both rows included, is rolled back.
        await Assert.ThrowsAsync<SqliteException>(async () =>
            await store.AppendAsync(stream, 0, [SqliteTestSupport.NewEvent(), SqliteTestSupport.NewEvent("Poison")]));

        Assert.Empty(await store.ReadStreamAsync(stream));
        Assert.Equal(1, await store.ReadHeadPositionAsync());

        // The version cache and the position counter were rolled back too: the stream is still new, no position lost.
        Assert.Equal(new AppendResult.Committed(1, 2, 2), await store.AppendAsync(stream, 0, [SqliteTestSupport.NewEvent()]));
    }

    [Fact]
    public async Task Given_a_batch_with_a_failing_append_When_it_rolls_back_Then_its_other_appends_fail_too_and_their_streams_stay_new()
    {
        var path = _directory.File("poison-rollback.db");
        await using var store = SqliteTestSupport.Open(path);
        var (healthy, poisoned) = (SqliteTestSupport.NewStreamId(), SqliteTestSupport.NewStreamId());
        Task<AppendResult> healthyAppend;
        Task<AppendResult> poisonedAppend;
        using (var side = SqliteTestSupport.OpenSideConnection(path))
        {
            side.Execute(PoisonTrigger);

            // Hold the lock so both appends queue up behind a warm-up request and share the next transaction.
            side.Execute("BEGIN IMMEDIATE");
            var warmUp = store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]).AsTask();
            await SqliteTestSupport.PollUntilAsync(() => store.BatchesStarted == 1, "the writer waits for the lock");
            healthyAppend = store.AppendAsync(healthy, 0, [SqliteTestSupport.NewEvent()]).AsTask();
            poisonedAppend = store.AppendAsync(poisoned, 0, [SqliteTestSupport.NewEvent("Poison")]).AsTask();
            side.Execute("ROLLBACK");
            await warmUp;
        }

        await Assert.ThrowsAsync<SqliteException>(() => healthyAppend);
        await Assert.ThrowsAsync<SqliteException>(() => poisonedAppend);
        Assert.Equal(2, store.BatchesStarted);

        // The writer had counted the healthy stream at version 1 inside the failed transaction; that must be forgotten.
        Assert.Equal(new AppendResult.Committed(1, 2, 2), await store.AppendAsync(healthy, 0, [SqliteTestSupport.NewEvent()]));
    }

    [Fact]
    public async Task Given_a_failing_append_among_concurrent_ones_When_committed_Then_only_requests_of_its_batch_fail_and_every_answer_matches_the_file()
    {
        var path = _directory.File("poison-batch.db");
        await using var store = SqliteTestSupport.Open(path);
        using (var side = SqliteTestSupport.OpenSideConnection(path))
        {
            side.Execute(PoisonTrigger);
        }

        var appends = Enumerable.Range(0, 40)
            .Select(i => (Stream: SqliteTestSupport.NewStreamId(), Event: SqliteTestSupport.NewEvent(i == 20 ? "Poison" : "SetLogged")))
            .Select(a => (a.Stream, a.Event, Task: store.AppendAsync(a.Stream, 0, [a.Event]).AsTask()))
            .ToList();
        await Task.WhenAll(appends.Select(a => a.Task.ContinueWith(_ => { }, TaskScheduler.Default)));

        Assert.IsType<SqliteException>(appends[20].Task.Exception?.InnerException);
        foreach (var (stream, e, task) in appends)
        {
            var stored = await store.ReadStreamAsync(stream);
            if (task.IsCompletedSuccessfully)
            {
                Assert.IsType<AppendResult.Committed>(await task);
                Assert.Equal(e.EventId, Assert.Single(stored).EventId);
            }
            else
            {
                Assert.IsType<SqliteException>(task.Exception?.InnerException);
                Assert.Empty(stored);
            }
        }

        // All 40 may have shared the poisoned transaction; either way the writer is still working.
        var retried = await store.AppendAsync(appends[0].Stream, 0, [appends[0].Event]);
        Assert.IsType<AppendResult.Committed>(retried);
    }

    [Fact]
    public async Task Given_a_cancelled_token_When_appending_Then_cancelled_and_nothing_stored()
    {
        await using var store = SqliteTestSupport.Open(_directory.File("cancelled.db"));
        var stream = SqliteTestSupport.NewStreamId();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await store.AppendAsync(stream, 0, [SqliteTestSupport.NewEvent()], new CancellationToken(canceled: true)));

        Assert.Empty(await store.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task Given_appends_waiting_in_the_queue_When_cancelled_Then_skipped_while_the_one_being_committed_is_committed()
    {
        var path = _directory.File("queued.db");
        await using var store = SqliteTestSupport.Open(path);
        using var cancellation = new CancellationTokenSource();
        var inFlightStream = SqliteTestSupport.NewStreamId();
        var queuedStreams = Enumerable.Range(0, 5).Select(_ => SqliteTestSupport.NewStreamId()).ToArray();

        Task<AppendResult> inFlight;
        Task<AppendResult>[] queued;
        using (var blocker = SqliteTestSupport.OpenSideConnection(path))
        {
            // With the write lock held elsewhere the writer takes the first request, then waits on BEGIN.
            blocker.Execute("BEGIN IMMEDIATE");
            inFlight = store.AppendAsync(inFlightStream, 0, [SqliteTestSupport.NewEvent()], cancellation.Token).AsTask();
            await SqliteTestSupport.PollUntilAsync(() => store.BatchesStarted == 1, "the writer picked up the first append");
            queued = queuedStreams.Select(s => store.AppendAsync(s, 0, [SqliteTestSupport.NewEvent()], cancellation.Token).AsTask()).ToArray();

            await cancellation.CancelAsync();
            Assert.All(queued, t => Assert.True(t.IsCanceled, "A queued append completes as cancelled at once."));
            blocker.Execute("ROLLBACK");
        }

        Assert.Equal(new AppendResult.Committed(1, 1, 1), await inFlight);
        foreach (var stream in queuedStreams)
        {
            Assert.Empty(await store.ReadStreamAsync(stream));
        }

        Assert.Equal(1, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_appends_queued_behind_a_lock_When_the_store_is_disposed_Then_they_are_committed_first()
    {
        var path = _directory.File("dispose.db");
        var store = SqliteTestSupport.Open(path);
        var streams = Enumerable.Range(0, 10).Select(_ => SqliteTestSupport.NewStreamId()).ToArray();

        Task<AppendResult>[] appends;
        Task disposing;
        using (var blocker = SqliteTestSupport.OpenSideConnection(path))
        {
            blocker.Execute("BEGIN IMMEDIATE");
            appends = streams.Select(s => store.AppendAsync(s, 0, [SqliteTestSupport.NewEvent()]).AsTask()).ToArray();
            disposing = store.DisposeAsync().AsTask();
            await Assert.ThrowsAsync<ObjectDisposedException>(async () => await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]));
            blocker.Execute("ROLLBACK");
        }

        await disposing;
        Assert.All(await Task.WhenAll(appends), r => Assert.IsType<AppendResult.Committed>(r));
        await using var reopened = SqliteTestSupport.Open(path);
        Assert.Equal(streams.Length, await reopened.ReadHeadPositionAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.ReadHeadPositionAsync());
    }
}
