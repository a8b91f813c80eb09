namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_new_stream_When_appending_with_expected_version_0_Then_committed_at_versions_from_1()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var events = NewEvents(3);

        var result = await store.AppendAsync(stream, 0, events);

        Assert.Equal(new AppendResult.Committed(3, 1, 3), result);
        var read = await store.ReadStreamAsync(stream);
        AssertSameEvents(events, read);
        Assert.Equal([1L, 2L, 3L], read.Select(e => e.StreamVersion));
        Assert.All(read, e => Assert.Equal(stream, e.StreamId));
    }

    [Fact]
    public async Task Given_a_stream_at_version_2_When_appending_with_expected_version_2_Then_versions_and_positions_continue()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var other = NewStreamId();
        await AppendCommittedAsync(store, stream, 0, NewEvents(2));
        await AppendCommittedAsync(store, other, 0, NewEvents(1));

        var result = await store.AppendAsync(stream, 2, NewEvents(2));

        Assert.Equal(new AppendResult.Committed(4, 4, 5), result);
        var read = await store.ReadStreamAsync(stream);
        Assert.Equal([1L, 2L, 3L, 4L], read.Select(e => e.StreamVersion));
        Assert.Equal([1L, 2L, 4L, 5L], read.Select(e => e.Position));
        Assert.Equal(5, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_stream_at_version_2_When_appending_with_expected_version_1_Then_wrong_expected_version()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var stored = NewEvents(2);
        await AppendCommittedAsync(store, stream, 0, stored);

        var result = await store.AppendAsync(stream, 1, NewEvents(2));

        Assert.Equal(new AppendResult.WrongExpectedVersion(2), result);
        AssertSameEvents(stored, await store.ReadStreamAsync(stream));
        Assert.Equal(2, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_new_stream_When_appending_with_expected_version_3_Then_wrong_expected_version_0_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();

        var result = await store.AppendAsync(stream, 3, NewEvents(1));

        Assert.Equal(new AppendResult.WrongExpectedVersion(0), result);
        Assert.Empty(await store.ReadStreamAsync(stream));
        Assert.Equal(0, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_stream_at_version_1_When_appending_with_expected_version_0_twice_Then_both_conflict_without_storing()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        await AppendCommittedAsync(store, stream, 0, NewEvent());

        var first = await store.AppendAsync(stream, 0, [NewEvent()]);
        var second = await store.AppendAsync(stream, 0, [NewEvent()]);

        Assert.Equal(new AppendResult.WrongExpectedVersion(1), first);
        Assert.Equal(new AppendResult.WrongExpectedVersion(1), second);
        Assert.Single(await store.ReadStreamAsync(stream));
    }

    [Fact]
    public async Task Given_events_with_metadata_and_unicode_When_read_back_Then_type_data_metadata_and_recorded_at_round_trip()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var withMetadata = NewEvent("SetLogged", """{"exercise":"Relevés sur demi-pointes 👠","reps":15}""", """{"user":"u-1","traceId":"00-abc-01"}""");
        var withoutMetadata = NewEvent("SetVoided", """{"reason":""}""");
        var before = DateTimeOffset.UtcNow;

        await AppendCommittedAsync(store, stream, 0, withMetadata, withoutMetadata);

        var after = DateTimeOffset.UtcNow;
        var read = await store.ReadStreamAsync(stream);
        AssertSameEvents([withMetadata, withoutMetadata], read);
        Assert.Null(read[1].Metadata);
        Assert.All(read, e =>
        {
            // Allow for the storage's clock resolution, not for a wrong unit or time zone.
            Assert.InRange(e.RecordedAt, before.AddSeconds(-2), after.AddSeconds(2));
        });
        Assert.Equal(read.Select(e => e.RecordedAt), (await store.ReadAllAsync(0, 10)).Select(e => e.RecordedAt));
    }

    [Fact]
    public async Task Given_an_empty_event_list_When_appending_Then_argument_exception_and_nothing_stored()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(NewStreamId(), 0, []));

        Assert.Equal(0, await store.ReadHeadPositionAsync());
    }

    [Theory]
    [InlineData("stream")]
    [InlineData("type")]
    [InlineData("data")]
    [InlineData("metadata")]
    public async Task Given_a_NUL_character_When_appending_Then_argument_exception_and_a_good_append_beside_it_still_stored(string where)
    {
        var store = await OpenAsync();
        var good = NewStreamId();
        var bad = where == "stream" ? NewStreamId() + "\0" : NewStreamId();
        var e = NewEvent(
            type: where == "type" ? "Set\0Logged" : "SetLogged",
            data: where == "data" ? "{\"note\":\"a\0b\"}" : null,
            metadata: where == "metadata" ? "{\"by\":\"\0\"}" : null);

        var refused = Assert.ThrowsAsync<ArgumentException>(async () => await store.AppendAsync(bad, 0, [e]));
        var stored = store.AppendAsync(good, 0, [NewEvent()]).AsTask();

        await refused;
        Assert.IsType<AppendResult.Committed>(await stored);
        Assert.Equal([good], (await store.ReadAllAsync(0, 10)).Select(r => r.StreamId));
    }

    [Fact]
    public async Task Given_invalid_arguments_When_appending_Then_argument_exceptions_and_nothing_stored()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var duplicate = NewEvent();
        var manyWithAnEmptyId = NewEvents(40).Append(NewEvent() with { EventId = Guid.Empty }).ToArray();

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, null!));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync("", 0, [NewEvent()]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, -1, [NewEvent()]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [duplicate, NewEvent(), duplicate]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [NewEvent() with { EventId = Guid.Empty }]));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, manyWithAnEmptyId));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(stream, 0, [NewEvent() with { Type = "" }]));

        Assert.Equal(0, await store.ReadHeadPositionAsync());
        Assert.IsType<AppendResult.Committed>(await store.AppendAsync(stream, 0, [duplicate]));
    }

    [Fact]
    public async Task Given_a_batch_of_duplicate_ids_spread_over_a_large_append_When_appending_Then_argument_exception()
    {
        var store = await OpenAsync();
        var events = NewEvents(100);
        events[99] = events[99] with { EventId = events[3].EventId };

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await store.AppendAsync(NewStreamId(), 0, events));

        Assert.Equal(0, await store.ReadHeadPositionAsync());
    }
}
