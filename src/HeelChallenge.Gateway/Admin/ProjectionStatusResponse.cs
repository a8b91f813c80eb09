using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Gateway.Admin;

/// <summary>
/// A projection's progress. position: last event delivered to its read models; checkpoint: last one durably saved
/// (a restart resumes there); head: last event in the log; lag = head − checkpoint. rebuild: the latest rebuild, with
/// percent of the events it set out to replay and its rate; rebuilding until it completes.
/// </summary>
public sealed record ProjectionStatusResponse(
    string Kind,
    long Generation,
    long Position,
    long Checkpoint,
    long Head,
    long Lag,
    bool Rebuilding,
    RebuildResponse? Rebuild,
    string? LastError)
{
    public static ProjectionStatusResponse From(ProjectionStatus s) => new(
        s.Kind, s.Generation, s.Position, s.Checkpoint, s.Head, s.Lag, s.Rebuilding,
        s.Rebuild is { } r ? new RebuildResponse(r.StartedAt, r.TargetPosition, r.Processed, r.Percent, r.EventsPerSecond, r.CompletedAt) : null,
        s.LastError);
}
