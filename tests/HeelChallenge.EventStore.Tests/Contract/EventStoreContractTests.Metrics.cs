using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace HeelChallenge.EventStore.Tests.Contract;

/// <summary>Every backend records into the same meter, so dashboards and alerts do not depend on the backend.</summary>
public abstract partial class EventStoreContractTests
{
    [Fact]
    public async Task Given_a_meter_listener_When_appending_Then_batch_size_commit_duration_and_events_appended_are_recorded()
    {
        // Other test classes run in parallel and record into the same process-wide meter: assert lower bounds only.
        var batchSizes = new ConcurrentBag<int>();
        var durations = new ConcurrentBag<double>();
        long eventsAppended = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == EventStoreMetrics.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, _, _) =>
        {
            if (instrument.Name == "heelchallenge.eventstore.transaction.appends")
            {
                batchSizes.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
        {
            if (instrument.Name == "heelchallenge.eventstore.commit.duration")
            {
                durations.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name == "heelchallenge.eventstore.events.appended")
            {
                Interlocked.Add(ref eventsAppended, value);
            }
        });
        listener.Start();

        var store = await OpenAsync();
        var stream = NewStreamId();
        await store.AppendAsync(stream, 0, [NewEvent(), NewEvent(), NewEvent()]);
        await store.AppendAsync(stream, 3, [NewEvent()]);

        Assert.Equal("HeelChallenge.EventStore", EventStoreMetrics.MeterName);
        Assert.True(Interlocked.Read(ref eventsAppended) >= 4, $"events appended: {eventsAppended}");
        Assert.True(batchSizes.Count >= 2, $"batch sizes recorded: {batchSizes.Count}");
        Assert.All(batchSizes, size => Assert.True(size >= 1));
        Assert.True(durations.Count >= 2, $"durations recorded: {durations.Count}");
        Assert.All(durations, ms => Assert.True(ms > 0));
    }
}
