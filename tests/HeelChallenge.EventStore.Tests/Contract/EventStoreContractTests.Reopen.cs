namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_disposed_store_When_reopened_Then_events_snapshots_and_versions_continue()
    {
        var first = await OpenAsync("reopen");
        var stream = NewStreamId();
        var batch = NewEvents(2);
        var original = await first.AppendAsync(stream, 0, batch);
        await AppendCommittedAsync(first, NewStreamId(), 0, NewEvent());
        await first.SaveSnapshotAsync("user/progress", new Snapshot([7, 7], 2));
        await CloseAsync(first);

        var second = await OpenAsync("reopen");

        AssertSameEvents(batch, await second.ReadStreamAsync(stream));
        Assert.Equal(3, await second.ReadHeadPositionAsync());
        Assert.Equal(2, (await second.LoadSnapshotAsync("user/progress"))?.Version);
        Assert.Equal(original, await second.AppendAsync(stream, 0, batch));
        Assert.Equal(new AppendResult.WrongExpectedVersion(2), await second.AppendAsync(stream, 1, [NewEvent()]));
        Assert.Equal(new AppendResult.Committed(3, 4, 4), await second.AppendAsync(stream, 2, [NewEvent()]));
    }

    [Fact]
    public async Task Given_a_store_abandoned_without_dispose_When_a_second_instance_opens_the_same_storage_Then_every_acknowledged_append_is_there()
    {
        var crashed = await OpenAsync("unclean");
        var stream = NewStreamId();
        var events = NewEvents(6);
        for (var i = 0; i < events.Length; i += 2)
        {
            await AppendCommittedAsync(crashed, stream, i, events[i..(i + 2)]);
        }

        await crashed.SaveSnapshotAsync("s", new Snapshot([1], 6));

        // No dispose: the first instance is simply abandoned, as a killed process would leave it.
        var survivor = await OpenAsync("unclean");

        AssertSameEvents(events, await survivor.ReadStreamAsync(stream));
        Assert.Equal(6, await survivor.ReadHeadPositionAsync());
        Assert.NotNull(await survivor.LoadSnapshotAsync("s"));
        Assert.Equal(new AppendResult.Committed(7, 7, 7), await survivor.AppendAsync(stream, 6, [NewEvent()]));
        Assert.Equal(new AppendResult.WrongExpectedVersion(7), await survivor.AppendAsync(stream, 6, [NewEvent()]));
    }
}
