namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_saved_snapshot_When_loaded_Then_same_bytes_and_version()
    {
        var store = await OpenAsync();
        byte[] data = [0, 1, 2, 255, 254, 0, 42];

        await store.SaveSnapshotAsync("user-1/progress", new Snapshot(data, 17));

        var loaded = await store.LoadSnapshotAsync("user-1/progress");
        Assert.NotNull(loaded);
        Assert.Equal(data, loaded.Data);
        Assert.Equal(17, loaded.Version);
        Assert.Null(await store.LoadSnapshotAsync("user-2/progress"));
    }

    [Fact]
    public async Task Given_a_saved_snapshot_When_saved_again_under_the_same_key_Then_replaced()
    {
        var store = await OpenAsync();
        await store.SaveSnapshotAsync("leaderboard/c-1", new Snapshot([1, 1, 1, 1], 10));

        await store.SaveSnapshotAsync("leaderboard/c-1", new Snapshot([2], 20));

        var loaded = await store.LoadSnapshotAsync("leaderboard/c-1");
        Assert.NotNull(loaded);
        Assert.Equal([2], loaded.Data);
        Assert.Equal(20, loaded.Version);
    }

    [Fact]
    public async Task Given_an_empty_snapshot_When_saved_Then_loaded_as_empty_not_missing()
    {
        var store = await OpenAsync();

        await store.SaveSnapshotAsync("empty", new Snapshot([], 0));

        var loaded = await store.LoadSnapshotAsync("empty");
        Assert.NotNull(loaded);
        Assert.Empty(loaded.Data);
    }

    [Fact]
    public async Task Given_snapshots_under_several_prefixes_When_deleting_a_prefix_Then_only_keys_starting_with_it_exactly_go()
    {
        var store = await OpenAsync();
        string[] doomed = ["proj-a/1", "proj-a/2", "proj-a/"];
        string[] kept = ["proj-b/1", "PROJ-A/3", "proj-a", "proj_a/4", "xproj-a/5", "p%1", "p_2"];
        foreach (var key in doomed.Concat(kept))
        {
            await store.SaveSnapshotAsync(key, new Snapshot([1], 1));
        }

        await store.DeleteSnapshotsAsync("proj-a/");
        await store.DeleteSnapshotsAsync("p_");  // literal, not a LIKE pattern: must not touch "p%1"
        await store.DeleteSnapshotsAsync("none/");

        foreach (var key in doomed.Append("p_2"))
        {
            Assert.Null(await store.LoadSnapshotAsync(key));
        }

        foreach (var key in kept.Where(k => k != "p_2"))
        {
            Assert.NotNull(await store.LoadSnapshotAsync(key));
        }
    }
}
