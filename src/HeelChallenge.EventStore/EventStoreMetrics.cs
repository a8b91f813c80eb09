using System.Diagnostics.Metrics;

namespace HeelChallenge.EventStore;

/// <summary>
/// The event store's instruments. Every backend records into the same meter so dashboards and alerts
/// do not depend on which backend a deployment runs.
/// </summary>
public static class EventStoreMetrics
{
    /// <summary>Name of the <see cref="Meter"/> to subscribe to (OpenTelemetry <c>AddMeter</c>, <c>dotnet-counters</c>).</summary>
    public const string MeterName = "HeelChallenge.EventStore";

    // Static on purpose: one meter per process is what exporters expect, whatever the number of stores.
    private static readonly Meter _meter = new(MeterName);

    /// <summary>Appends carried by one write transaction: the group-commit factor (1 means one fsync per append).</summary>
    internal static readonly Histogram<int> AppendsPerTransaction = _meter.CreateHistogram<int>(
        "heelchallenge.eventstore.transaction.appends",
        unit: "{append}",
        description: "Append requests committed by one write transaction (group-commit batch size).");

    /// <summary>Time from the start of a write transaction until its commit is durable.</summary>
    internal static readonly Histogram<double> CommitDuration = _meter.CreateHistogram<double>(
        "heelchallenge.eventstore.commit.duration",
        unit: "ms",
        description: "Duration of one write transaction, from BEGIN until the fsync'd COMMIT.");

    internal static readonly Counter<long> EventsAppended = _meter.CreateCounter<long>(
        "heelchallenge.eventstore.events.appended",
        unit: "{event}",
        description: "Events durably appended (retries recognised by event id are not counted again).");

    /// <summary>An operator's signal that the disk (or the machine) cannot copy the WAL back as fast as appends fill it.</summary>
    internal static readonly Counter<long> CheckpointBackstops = _meter.CreateCounter<long>(
        "heelchallenge.eventstore.checkpoint.backstops",
        unit: "{wait}",
        description: "Times the SQLite writer paused appends to wait for a background checkpoint pass, keeping the WAL bounded.");
}
