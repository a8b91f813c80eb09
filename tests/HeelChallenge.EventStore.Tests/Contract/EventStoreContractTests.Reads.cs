namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_an_empty_store_When_reading_Then_head_is_0_and_nothing_is_returned()
    {
        var store = await OpenAsync();

        Assert.Equal(0, await store.ReadHeadPositionAsync());
        Assert.Empty(await store.ReadAllAsync(0, 100));
        Assert.Empty(await store.ReadStreamAsync(NewStreamId()));
    }

    [Fact]
    public async Task Given_appends_to_several_streams_When_reading_all_Then_global_order_is_commit_order()
    {
        var store = await OpenAsync();
        var (a, b, c) = (NewStreamId(), NewStreamId(), NewStreamId());
        var order = new List<EventData>();
        var lastPosition = 0L;
        foreach (var (stream, expected, count) in new[] { (a, 0L, 2), (b, 0L, 1), (a, 2L, 1), (c, 0L, 3), (b, 1L, 1) })
        {
            var events = NewEvents(count);
            var committed = await AppendCommittedAsync(store, stream, expected, events);

            // An append that completed before the next one started has the lower positions.
            Assert.Equal(lastPosition + 1, committed.FirstPosition);
            Assert.Equal(lastPosition + count, committed.LastPosition);
            lastPosition = committed.LastPosition;
            order.AddRange(events);
        }

        var all = await store.ReadAllAsync(0, 100);
        AssertSameEvents(order, all);
        Assert.Equal(Enumerable.Range(1, order.Count).Select(p => (long)p), all.Select(e => e.Position));
        Assert.Equal([a, a, b, a, c, c, c, b], all.Select(e => e.StreamId));
        Assert.Equal([1L, 2L, 1L, 3L, 1L, 2L, 3L, 2L], all.Select(e => e.StreamVersion));
        Assert.Equal(order.Count, await store.ReadHeadPositionAsync());
    }

    [Fact]
    public async Task Given_a_log_of_25_events_When_paging_by_after_position_and_max_count_Then_pages_are_contiguous_and_complete()
    {
        var store = await OpenAsync();
        var events = NewEvents(25);
        for (var i = 0; i < events.Length; i += 5)
        {
            await AppendCommittedAsync(store, NewStreamId(), 0, events[i..(i + 5)]);
        }

        var first = await store.ReadAllAsync(0, 10);
        var second = await store.ReadAllAsync(10, 10);
        var third = await store.ReadAllAsync(20, 10);
        var fromMiddle = await store.ReadAllAsync(17, 3);
        var pastTheEnd = await store.ReadAllAsync(25, 10);

        Assert.Equal(Enumerable.Range(1, 10).Select(p => (long)p), first.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(11, 10).Select(p => (long)p), second.Select(e => e.Position));
        Assert.Equal(Enumerable.Range(21, 5).Select(p => (long)p), third.Select(e => e.Position));
        Assert.Equal([18L, 19L, 20L], fromMiddle.Select(e => e.Position));
        Assert.Empty(pastTheEnd);
        AssertSameEvents(events, first.Concat(second).Concat(third));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => store.ReadAllAsync(0, 0));
    }

    [Fact]
    public async Task Given_a_log_of_events_of_every_size_When_reading_rows_Then_each_row_equals_the_recorded_event()
    {
        var store = await OpenAsync();
        // Payloads from a few bytes to more than one 64 KB buffer, so rows span several pooled buffers.
        var events = Enumerable.Range(0, 40)
            .Select(i => NewEvent(data: $"{{\"i\":{i},\"pad\":\"{new string('x', i * i * 50)}\"}}", metadata: i % 3 == 0 ? null : $"{{\"m\":{i}}}"))
            .ToArray();
        for (var i = 0; i < events.Length; i += 8) await AppendCommittedAsync(store, NewStreamId(), 0, events[i..(i + 8)]);

        var recorded = await store.ReadAllAsync(3, 30);
        using var rows = await store.ReadAllRowsAsync(3, 30);

        Assert.Equal(recorded.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, expected) = (rows[i], recorded[i]);
            Assert.Equal((expected.Position, expected.StreamId, expected.StreamVersion, expected.EventId, expected.Type, expected.Metadata, expected.RecordedAt),
                (row.Position, row.StreamId, row.StreamVersion, row.EventId, row.Type, row.Metadata, row.RecordedAt));
            Assert.True(expected.Utf8Data.Span.SequenceEqual(row.Utf8Data.Span), $"row {i}: other bytes");
        }

        using var none = await store.ReadAllRowsAsync(40, 10);
        Assert.Equal(0, none.Count);
    }

    [Fact]
    public async Task Given_a_stream_of_5_events_When_reading_from_version_3_Then_versions_3_to_5()
    {
        var store = await OpenAsync();
        var stream = NewStreamId();
        var events = NewEvents(5);
        await AppendCommittedAsync(store, stream, 0, events[..2]);
        await AppendCommittedAsync(store, NewStreamId(), 0, NewEvent());
        await AppendCommittedAsync(store, stream, 2, events[2..]);

        var tail = await store.ReadStreamAsync(stream, fromVersion: 3);

        Assert.Equal([3L, 4L, 5L], tail.Select(e => e.StreamVersion));
        AssertSameEvents(events[2..], tail);
        Assert.Empty(await store.ReadStreamAsync(stream, fromVersion: 6));
        Assert.Equal(5, (await store.ReadStreamAsync(stream, fromVersion: 1)).Count);
    }

    [Fact]
    public async Task Given_a_stream_of_10000_events_When_read_Then_complete_and_in_order()
    {
        const int batchSize = 1000;
        var store = await OpenAsync();
        var stream = NewStreamId();
        var events = NewEvents(10 * batchSize);
        for (var i = 0; i < events.Length; i += batchSize)
        {
            var committed = await AppendCommittedAsync(store, stream, i, events[i..(i + batchSize)]);
            Assert.Equal(i + batchSize, committed.NextExpectedVersion);
        }

        var read = await store.ReadStreamAsync(stream);

        Assert.Equal(events.Length, read.Count);
        Assert.Equal(Enumerable.Range(1, events.Length).Select(v => (long)v), read.Select(e => e.StreamVersion));
        AssertSameEvents(events, read);
        Assert.Equal(11, (await store.ReadStreamAsync(stream, 9990)).Count);
        Assert.Equal(events.Length, (await ReadAllEventsAsync(store, 3000)).Count);
    }
}
