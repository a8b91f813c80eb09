using System.Collections.Concurrent;

namespace HeelChallenge.EventStore.Tests.Contract;

public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_many_writers_on_one_stream_When_appending_concurrently_Then_exactly_one_wins_each_version_without_gaps_or_duplicates()
    {
        const int writers = 16;
        const int appendsPerWriter = 8;
        var store = await OpenAsync();
        var stream = NewStreamId("challenge");
        var wonVersions = new ConcurrentBag<long>();
        var appended = new ConcurrentBag<Guid>();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            var expected = 0L;
            for (var i = 0; i < appendsPerWriter; i++)
            {
                var e = NewEvent();
                while (true)
                {
                    var result = await store.AppendAsync(stream, expected, [e]);
                    if (result is AppendResult.Committed committed)
                    {
                        Assert.Equal(expected + 1, committed.NextExpectedVersion);
                        wonVersions.Add(committed.NextExpectedVersion);
                        appended.Add(e.EventId);
                        expected = committed.NextExpectedVersion;
                        break;
                    }

                    // A conflict answers at once with the actual version: retry against it (the event was not stored).
                    var conflict = Assert.IsType<AppendResult.WrongExpectedVersion>(result);
                    Assert.True(conflict.ActualVersion > expected, "A conflict must report a version the writer has not seen.");
                    expected = conflict.ActualVersion;
                }
            }
        })));

        const int total = writers * appendsPerWriter;
        Assert.Equal(Enumerable.Range(1, total).Select(v => (long)v), wonVersions.Order());
        var read = await store.ReadStreamAsync(stream);
        Assert.Equal(Enumerable.Range(1, total).Select(v => (long)v), read.Select(e => e.StreamVersion));
        Assert.Equal(appended.Order(), read.Select(e => e.EventId).Order());
    }

    [Fact]
    public async Task Given_many_streams_When_appending_concurrently_Then_every_append_commits_and_is_there_after_reopen()
    {
        const int streams = 64;
        const int appendsPerStream = 10;
        var store = await OpenAsync("concurrent");
        var written = new ConcurrentDictionary<string, EventData[]>();

        await Task.WhenAll(Enumerable.Range(0, streams).Select(_ => Task.Run(async () =>
        {
            var stream = NewStreamId();
            var events = new List<EventData>();
            for (var i = 0; i < appendsPerStream; i++)
            {
                var batch = NewEvents(1 + (i % 3));
                var committed = await AppendCommittedAsync(store, stream, events.Count, batch);
                Assert.Equal(events.Count + batch.Length, committed.NextExpectedVersion);
                Assert.Equal(batch.Length - 1, committed.LastPosition - committed.FirstPosition);
                events.AddRange(batch);
            }

            written[stream] = [.. events];
        })));

        await CloseAsync(store);
        var reopened = await OpenAsync("concurrent");
        var totalEvents = written.Values.Sum(e => e.Length);
        Assert.Equal(totalEvents, await reopened.ReadHeadPositionAsync());
        foreach (var (stream, events) in written)
        {
            AssertSameEvents(events, await reopened.ReadStreamAsync(stream));
        }

        var all = await ReadAllEventsAsync(reopened);
        Assert.Equal(Enumerable.Range(1, totalEvents).Select(p => (long)p), all.Select(e => e.Position));
    }

    [Fact]
    public async Task Given_concurrent_appends_When_a_projector_tails_read_all_Then_it_sees_every_event_once_in_position_order()
    {
        const int streams = 8;
        const int appendsPerStream = 40;
        var store = await OpenAsync();
        var appendedIds = new ConcurrentBag<Guid>();
        var writers = Task.WhenAll(Enumerable.Range(0, streams).Select(_ => Task.Run(async () =>
        {
            var stream = NewStreamId();
            for (var i = 0; i < appendsPerStream; i++)
            {
                var e = NewEvent();
                await AppendCommittedAsync(store, stream, i, e);
                appendedIds.Add(e.EventId);
            }
        })));

        // Tail like a projector: small pages from the last position seen, until every append is seen.
        var seen = new List<RecordedEvent>();
        var after = 0L;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (seen.Count < streams * appendsPerStream)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The tail saw {seen.Count} events before the deadline.");
            var page = await store.ReadAllAsync(after, 7);
            if (page.Count == 0)
            {
                await Task.Yield();
                continue;
            }

            seen.AddRange(page);
            after = page[^1].Position;
        }

        await writers;
        Assert.Empty(await store.ReadAllAsync(after, 10));
        Assert.Equal(seen.Select(e => e.Position).Order(), seen.Select(e => e.Position));
        Assert.Equal(seen.Count, seen.Select(e => e.Position).Distinct().Count());
        Assert.Equal(appendedIds.Order(), seen.Select(e => e.EventId).Order());
    }
}
