namespace HeelChallenge.Grains.Projections;

/// <summary>How projectors and read models run (configuration section "Projections").</summary>
public sealed class ProjectionOptions
{
    public const string SectionName = "Projections";

    /// <summary>Events read from the log per batch; each read model gets one call per batch.</summary>
    public int BatchSize { get; set; } = 2000;

    /// <summary>
    /// Batches a projector may have outstanding. Each read model still gets its deliveries one after the other, but a
    /// board that is slow on one batch (catching up a joining participant) no longer holds every other one back.
    /// </summary>
    public int MaxBatchesInFlight { get; set; } = 4;

    /// <summary>Decoded batches read ahead while catching up (see <see cref="LogReader"/>).</summary>
    public int ReadAheadBatches { get; set; } = 3;

    /// <summary>How often a projector looks for new events when no local append woke it (other silos, other processes).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Least time between two wake-ups of the projectors while appends keep coming (the first after a quiet spell is
    /// immediate). Unspaced, rounds ran back to back under ingest (~3,200 ticks a second per projector, each reading a
    /// few events and sending one-event deliveries, a quarter of the CPU per set); gathering a few milliseconds of
    /// appends sends fewer, fuller ones. Zero wakes after every committed batch.
    /// </summary>
    public TimeSpan WakeSpacing { get; set; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Least time between checkpoints. A checkpoint has every read model that received events save them whole, so the
    /// projector stretches the interval to 5× the last checkpoint's duration when saving is slow (big boards, rebuilds).
    /// 5 s rather than 1 s: an active user's progress read model (their whole history) was re-serialized every second
    /// (4 % of ingest CPU in a profile, and growing with history); a crash now replays at most ~5 s of events.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Least time between checkpoints while the projector is catching up (its last read was a full batch: a rebuild, or
    /// a restart after downtime). Saving every read model is the costly part of a replay, so it is done less often;
    /// a crash then replays at most this much again.
    /// </summary>
    public TimeSpan CatchUpCheckpointInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a projector works in one go before it lets its other calls (status, rebuild) in.</summary>
    public TimeSpan TimeSlice { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often each silo pings every projector, which (re)activates it wherever the cluster places it.</summary>
    public TimeSpan KeepAlivePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A read model also saves by itself after this many applied events, keeping a restart's replay short.</summary>
    public int ReadModelSaveEvery { get; set; } = 250_000;

    /// <summary>Ceiling of the pause between attempts after a failure (a store error, a read model that threw).</summary>
    public TimeSpan MaxRetryBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Start projectors when the silo starts (off only in tests that drive them by hand).</summary>
    public bool AutoStart { get; set; } = true;
}
