using HeelChallenge.EventStore.Sqlite;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>The WAL is copied back into the database file by the background checkpointer, and restarted, not left to grow.</summary>
public sealed class SqliteCheckpointTests : IDisposable
{
    private const int PageSize = 4096;
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Given_appends_writing_four_checkpoint_thresholds_of_wal_When_committed_Then_the_wal_was_restarted_and_every_event_is_kept()
    {
        var path = _directory.File("checkpointed.db");
        var threshold = (long)SqliteConnections.CheckpointEveryPages * PageSize;
        var data = "\"" + new string('x', 800_000) + "\"";
        var appendsPerStream = (int)(4 * threshold / data.Length / 4) + 1;
        var streams = Enumerable.Range(0, 4).Select(_ => SqliteTestSupport.NewStreamId()).ToArray();

        await using (var store = SqliteTestSupport.Open(path))
        {
            await Task.WhenAll(streams.Select(async stream =>
            {
                for (var version = 0; version < appendsPerStream; version++)
                {
                    var result = await store.AppendAsync(stream, version, [new EventData(Guid.NewGuid(), "Big", data)]);
                    Assert.IsType<AppendResult.Committed>(result);
                }
            }));

            // Without checkpoints the WAL would hold all ~4 thresholds; restarted, it never holds much more than one
            // (plus what was appended while a pass ran), and if the passes fall behind (a loaded CI machine: once the
            // WAL reached all 4) the writer waits for one at 2. The file is not truncated while the store is open.
            Assert.True(new FileInfo(path + "-wal").Length < 3 * threshold, $"WAL is {new FileInfo(path + "-wal").Length} bytes");

            // The background passes fsync what they copied, so the writer's own tail pass is left little to flush.
            await SqliteTestSupport.PollUntilAsync(() => store.Statistics.BackgroundCheckpointSyncs > 0, "a background pass synced the file");
        }

        await using var reopened = SqliteTestSupport.Open(path);
        foreach (var stream in streams)
        {
            var events = await reopened.ReadStreamAsync(stream);
            Assert.Equal(appendsPerStream, events.Count);
            Assert.All(events, e => Assert.Equal(data, e.Data));
        }
    }

    [Fact]
    public async Task Given_a_reader_pinning_old_frames_When_appends_write_three_thresholds_of_wal_Then_all_commit_and_the_writer_waits_only_for_passes_in_progress()
    {
        var path = _directory.File("pinned.db");
        var threshold = (long)SqliteConnections.CheckpointEveryPages * PageSize;
        var data = "\"" + new string('y', 800_000) + "\"";
        var appends = (int)(3 * threshold / data.Length) + 1;
        var stream = SqliteTestSupport.NewStreamId();

        await using var store = SqliteTestSupport.Open(path);
        Assert.IsType<AppendResult.Committed>(await store.AppendAsync(stream, 0, [new EventData(Guid.NewGuid(), "Big", data)]));
        using (var reader = SqliteTestSupport.OpenSideConnection(path))
        {
            // A read transaction that stays open: no checkpoint can copy the frames after its snapshot, so the WAL
            // cannot restart. Waiting for passes cannot help then, and the writer must not stall on them.
            reader.Execute("BEGIN");
            Assert.Equal(1L, reader.Scalar("SELECT COUNT(*) FROM events"));
            for (var version = 1; version <= appends; version++)
            {
                Assert.IsType<AppendResult.Committed>(await store.AppendAsync(stream, version, [new EventData(Guid.NewGuid(), "Big", data)]));
            }

            Assert.True(new FileInfo(path + "-wal").Length > 2 * threshold, "the reader kept the WAL from restarting");
            var statistics = store.Statistics;

            // At most one wait per pass requested (one per threshold written), not one per append.
            Assert.True(statistics.CheckpointBackstops <= 4, $"the writer waited {statistics.CheckpointBackstops} times");
            reader.Execute("COMMIT");
        }

        Assert.Equal(appends + 1, (await store.ReadStreamAsync(stream)).Count);
    }
}
