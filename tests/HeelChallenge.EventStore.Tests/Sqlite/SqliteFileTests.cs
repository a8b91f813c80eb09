using HeelChallenge.EventStore.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace HeelChallenge.EventStore.Tests.Sqlite;

/// <summary>What the store leaves on disk: settings, schema, recovery from the WAL, DI registration.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Given_a_new_file_When_the_store_opens_it_Then_wal_mode_and_schema_version_1_with_both_tables()
    {
        var path = _directory.File("fresh.db");
        await using (SqliteTestSupport.Open(path))
        {
            using var side = SqliteTestSupport.OpenSideConnection(path);

            Assert.Equal("wal", side.Scalar("PRAGMA journal_mode"));
            Assert.Equal(1L, side.Scalar("PRAGMA user_version"));
            Assert.Equal(2L, side.Scalar("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('events', 'snapshots')"));
        }
    }

    [Fact]
    public async Task Given_an_appended_event_When_inspecting_the_file_Then_its_id_is_stored_in_rfc_4122_byte_order_and_time_in_unix_ms()
    {
        var path = _directory.File("layout.db");
        await using var store = SqliteTestSupport.Open(path);
        var e = SqliteTestSupport.NewEvent();
        await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [e]);
        var recordedAt = (await store.ReadAllAsync(0, 1))[0].RecordedAt;

        using var side = SqliteTestSupport.OpenSideConnection(path);

        Assert.Equal(e.EventId.ToString("N"), side.Scalar("SELECT lower(hex(event_id)) FROM events"));
        Assert.Equal(recordedAt.ToUnixTimeMilliseconds(), side.Scalar("SELECT recorded_at FROM events"));
    }

    [Fact]
    public void Given_a_file_written_by_a_newer_schema_When_opened_Then_refused()
    {
        var path = _directory.File("future.db");
        using (var side = SqliteTestSupport.OpenSideConnection(path))
        {
            side.Execute("PRAGMA user_version = 99");
        }

        var error = Assert.Throws<InvalidOperationException>(() => SqliteTestSupport.Open(path));
        Assert.Contains("99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_a_copy_of_the_file_and_its_wal_taken_while_the_store_runs_When_opened_Then_every_acknowledged_append_is_recovered()
    {
        var path = _directory.File("live.db");
        var crashImage = _directory.File("crash-image.db");
        await using var live = SqliteTestSupport.Open(path);
        var stream = SqliteTestSupport.NewStreamId();
        for (var version = 0; version < 20; version++)
        {
            await live.AppendAsync(stream, version, [SqliteTestSupport.NewEvent()]);
        }

        // What kill -9 leaves: the main file and the WAL holding the acknowledged commits (not yet checkpointed),
        // without the shared-memory index, which SQLite rebuilds from the WAL on open.
        Assert.True(new FileInfo(path + "-wal").Length > 0, "The commits should still be in the WAL.");
        File.Copy(path, crashImage);
        File.Copy(path + "-wal", crashImage + "-wal");

        await using var recovered = SqliteTestSupport.Open(crashImage);
        Assert.Equal(Enumerable.Range(1, 20).Select(v => (long)v), (await recovered.ReadStreamAsync(stream)).Select(e => e.StreamVersion));
        Assert.Equal(new AppendResult.Committed(21, 21, 21), await recovered.AppendAsync(stream, 20, [SqliteTestSupport.NewEvent()]));
    }

    [Fact]
    public async Task Given_a_path_in_missing_folders_When_AddSqliteEventStore_is_resolved_Then_one_singleton_store_and_the_folders_exist()
    {
        var path = Path.Combine(_directory.Path, "data", "nested", "events.db");
        var services = new ServiceCollection().AddSqliteEventStore(path, groupCommit: false);

        await using (var provider = services.BuildServiceProvider())
        {
            var store = provider.GetRequiredService<IEventStore>();

            Assert.Same(store, provider.GetRequiredService<IEventStore>());
            Assert.Same(store, provider.GetRequiredService<SqliteEventStore>());
            Assert.False(((SqliteEventStore)store).Options.GroupCommit);
            Assert.True(File.Exists(path));
            Assert.IsType<AppendResult.Committed>(await store.AppendAsync(SqliteTestSupport.NewStreamId(), 0, [SqliteTestSupport.NewEvent()]));
        }

        // The container disposed the store: the file can be opened afresh and holds the append.
        await using var reopened = SqliteTestSupport.Open(path);
        Assert.Equal(1, await reopened.ReadHeadPositionAsync());
    }
}
