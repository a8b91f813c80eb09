namespace HeelChallenge.Abstractions.Projections;

/// <summary>
/// What a projector needs of a read-model grain. Deliveries come in log order; an event at or below the position the
/// read model already applied is skipped (at-least-once delivery, exactly-once effect). State is saved lazily as a
/// snapshot {state, position}; <see cref="Flush"/> saves now. A read model that restarted and lost what it had not
/// saved refuses deliveries past the gap (see <see cref="ProjectionDelivery.AppliedAtLeast"/>), and its acks show the
/// projector that it must rewind to its checkpoint.
/// </summary>
[Alias("projection-read-model")]
public interface IProjectionReadModel : IGrain
{
    [Alias("apply")]
    Task<ReadModelAck> Apply(ProjectionDelivery delivery);

    [Alias("flush")]
    Task<ReadModelAck> Flush();

    [Alias("get-projection-status"), ReadOnly]
    Task<ReadModelStatus> GetProjectionStatus();
}
