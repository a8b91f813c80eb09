using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Given_group_commit_When_64_streams_append_concurrently_Then_transactions_carry_more_than_one_append()
    {
        await using var store = SqliteTestSupport.Open(_directory.File("group.db"), groupCommit: true);

        // Rounds of 64 simultaneous appends; one round virtually always suffices (an fsync takes far longer than
        // queueing 64 requests), the rounds only make the test independent of scheduling luck.
        for (var round = 0; round < 20 && store.Statistics.LargestBatch <= 1; round++)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, 64)
                .Select(_ => store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]).AsTask()));
            Assert.All(results, r => Assert.IsType<AppendResult.Committed>(r));
        }

        var statistics = store.Statistics;
        Assert.True(statistics.LargestBatch > 1, $"No transaction carried more than one append: {statistics}.");
        Assert.True(statistics.Transactions < statistics.Appends, $"Expected fewer transactions than appends: {statistics}.");
        Assert.Equal(statistics.Appends, statistics.EventsAppended);
        Assert.Equal(statistics.EventsAppended, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_group_commit_off_When_64_streams_append_concurrently_Then_each_transaction_carries_one_append()
    {
        await using var store = SqliteTestSupport.Open(_directory.File("single.db"), groupCommit: false);

        var results = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(_ => store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]).AsTask()));

        Assert.All(results, r => Assert.IsType<AppendResult.Committed>(r));
        var statistics = store.Statistics;
        Assert.Equal(new SqliteEventStoreStatistics(Transactions: 64, Appends: 64, EventsAppended: 64, LargestBatch: 1, statistics.WalPagesWritten, statistics.BackgroundCheckpointSyncs, statistics.CheckpointBackstops), statistics);

        // Every commit writes at least one WAL frame; the migration's pages come on top.
        Assert.InRange(statistics.WalPagesWritten, 64, long.MaxValue);
    }

    [Fact]
    public async Task Given_a_max_batch_size_of_4_When_64_appends_are_queued_Then_no_transaction_carries_more_than_4()
    {
        await using var store = new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = _directory.File("max.db"), MaxBatchSize = 4 });

        await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(_ => store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]).AsTask()));

        Assert.InRange(store.Statistics.LargestBatch, 1, 4);
        Assert.Equal(64, store.Statistics.Appends);
    }

    [Fact]
    public async Task Given_several_appends_to_one_stream_in_one_batch_When_committed_Then_applied_in_arrival_order_against_the_running_version()
    {
        var path = _directory.File("same-stream.db");
        await using var store = SqliteTestSupport.Open(path);
        var stream = SqliteTestSupport.NewStreamId();
        var (a, b, c) = (SqliteTestSupport.NewEvent(), SqliteTestSupport.NewEvent(), SqliteTestSupport.NewEvent());

        // Hold the write lock so the three appends are queued together and land in one transaction.
        AppendResult[] results;
        using (var blocker = SqliteTestSupport.OpenSideConnection(path))
        {
            blocker.Execute("BEGIN IMMEDIATE");
            var warmUp = store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]).AsTask();
            await SqliteTestSupport.PollUntilAsync(() => store.BatchesStarted == 1, "the writer waits for the lock");
            var appends = new[]
            {
                store.AppendAsync(stream, 0, [a]).AsTask(),
                store.AppendAsync(stream, 1, [b]).AsTask(),
                store.AppendAsync(stream, 1, [c]).AsTask(),
            };
            blocker.Execute("ROLLBACK");
            await warmUp;
            results = await Task.WhenAll(appends);
        }

        Assert.Equal(new AppendResult.Committed(1, 2, 2), results[0]);
        Assert.Equal(new AppendResult.Committed(2, 3, 3), results[1]);
        Assert.Equal(new AppendResult.WrongExpectedVersion(2), results[2]);
        Assert.Equal(3, store.Statistics.LargestBatch);
        Assert.Equal([a.EventId, b.EventId], (await store.ReadStreamAsync(stream)).Select(e => e.EventId));
    }
}
