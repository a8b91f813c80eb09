namespace HeelChallenge.EventStore.Tests.Contract;

/// <summary>
/// Retries recognised by event id. Orleans' CustomStorage provider retries a write that threw, after re-reading the
/// stream, so a batch that committed while its caller saw an exception comes back either with the same expected
/// version or with the version after it, sometimes regrouped with newer events.
/// </summary>
public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_committed_batch_When_retried_with_the_same_expected_version_Then_the_original_result_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        await AppendCommittedAsync(store, NewStreamId(), 0, NewEvent());
        var batch = NewEvents(3);
        var original = await store.AppendAsync(stream, 0, batch);

        var retry = await store.AppendAsync(stream, 0, batch);

        Assert.Equal(new AppendResult.Committed(3, 2, 4), original);
        Assert.Equal(original, retry);
        AssertSameEvents(batch, await store.ReadStreamAsync(stream));
        Assert.Equal(4, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_committed_batch_When_retried_with_the_version_after_it_Then_the_original_result_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        await AppendCommittedAsync(store, stream, 0, NewEvent());
        var batch = NewEvents(2);
        var original = await store.AppendAsync(stream, 1, batch);

        var retry = await store.AppendAsync(stream, 3, batch);

        Assert.Equal(new AppendResult.Committed(3, 2, 3), original);
        Assert.Equal(original, retry);
        Assert.Equal(3, (await store.ReadStreamAsync(stream)).Count);
        Assert.Equal(3, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_committed_batch_and_later_appends_When_retried_Then_the_original_result_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var batch = NewEvents(2);
        var original = await store.AppendAsync(stream, 0, batch);
        await AppendCommittedAsync(store, stream, 2, NewEvents(3));

        var retry = await store.AppendAsync(stream, 0, batch);

        Assert.Equal(original, retry);
        Assert.Equal(5, (await store.ReadStreamAsync(stream)).Count);
    }

    [Theory]
    [InlineData(1)] // the expected version of the original, partly committed append
    [InlineData(2)] // the version after the committed part (Orleans re-read the stream before retrying)
    public async Task Given_the_first_events_of_a_batch_committed_When_the_whole_batch_is_retried_Then_only_the_new_events_are_stored(long retryExpectedVersion)
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        await AppendCommittedAsync(store, stream, 0, NewEvent());
        var batch = NewEvents(3);
        await AppendCommittedAsync(store, stream, 1, batch[0]);

        var retry = await store.AppendAsync(stream, retryExpectedVersion, batch);

        Assert.Equal(new AppendResult.Committed(4, 2, 4), retry);
        var read = await store.ReadStreamAsync(stream);
        AssertSameEvents(batch, read.Skip(1));
        Assert.Equal([1L, 2L, 3L, 4L], read.Select(e => e.StreamVersion));
        Assert.Equal(4, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_the_first_events_of_a_batch_committed_and_another_append_after_them_When_retried_Then_wrong_expected_version()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var batch = NewEvents(2);
        await AppendCommittedAsync(store, stream, 0, batch[0]);
        await AppendCommittedAsync(store, stream, 1, NewEvent());

        var retry = await store.AppendAsync(stream, 0, batch);

        Assert.Equal(new AppendResult.WrongExpectedVersion(2), retry);
        Assert.DoesNotContain(await store.ReadStreamAsync(stream), e => e.EventId == batch[1].EventId);
    }

    [Fact]
    public async Task Given_an_event_id_stored_in_another_stream_When_appending_it_Then_argument_exception_and_nothing_stored()
    {
        var store = await OpenAsync();
        var shared = NewEvent();
        await AppendCommittedAsync(store, NewStreamId(), 0, shared);
        var stream = NewStreamId();

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [NewEvent(), shared]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [shared, NewEvent()]));

        Assert.Empty(await store.ReadStreamAsync(stream));
        Assert.Equal(1, await store.ReadHeadPositionAsync());
        Assert.IsType<AppendResult.Committed>(await store.AppendAsync(stream, 0, [NewEvent()]));
    }

    [Fact]
    public async Task Given_a_stored_event_When_appended_again_after_a_new_event_Then_argument_exception_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var stored = NewEvent();
        await AppendCommittedAsync(store, stream, 0, stored);

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 1, [NewEvent(), stored]));

        Assert.Single(await store.ReadStreamAsync(stream));
        Assert.Equal(1, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_committed_batch_When_retried_in_another_order_Then_argument_exception()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var batch = NewEvents(2);
        await AppendCommittedAsync(store, stream, 0, batch);

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [batch[1], batch[0]]));

        AssertSameEvents(batch, await store.ReadStreamAsync(stream));
    }
}
