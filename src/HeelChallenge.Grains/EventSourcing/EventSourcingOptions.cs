namespace HeelChallenge.Grains.EventSourcing;

/// <summary>How event-sourced grains use the event store (configuration section "EventSourcing").</summary>
public sealed class EventSourcingOptions
{
    public const string SectionName = "EventSourcing";

    /// <summary>Save a snapshot once this many events were confirmed since the last one (for long streams: half the last
    /// snapshot's version, if that is more); 0 disables snapshots.</summary>
    public int SnapshotEvery { get; set; } = 200;

    /// <summary>Ceiling of the pause between consecutive write conflicts of one grain.</summary>
    public TimeSpan MaxConflictBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Ceiling of the pause between consecutive failed appends (store errors) of one grain.</summary>
    public TimeSpan MaxFailureBackoff { get; set; } = TimeSpan.FromSeconds(10);
}
