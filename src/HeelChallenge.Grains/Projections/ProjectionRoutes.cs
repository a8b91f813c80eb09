using HeelChallenge.Abstractions.Projections;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// What makes a projection kind: which streams it reads, which read models each event goes to, and the routing state
/// it needs for that (e.g. who takes part in which challenge). The projector saves that state with its checkpoint, so
/// routing is a deterministic function of the log. One instance per projector activation; not thread-safe.
/// </summary>
public abstract class ProjectionRoutes
{
    public abstract string Kind { get; }

    /// <summary>Bump when the shape of any of this kind's read-model states changes: the projector then rebuilds.</summary>
    public abstract int Schema { get; }

    /// <summary>
    /// Whether events of this stream are decoded and routed at all (cheap; called for every event, from reader threads
    /// while <see cref="Route"/> runs: it must not depend on the routing state).
    /// </summary>
    public abstract bool Reads(string streamId);

    /// <summary>
    /// The event as this kind's read models get it: a kind may attach what its routing state knows (a copy, as the
    /// event is shared with other kinds). Called in log order, once per event per pass, just before <see cref="Route"/>.
    /// </summary>
    public virtual ProjectedEvent Prepare(ProjectedEvent projected) => projected;

    /// <summary>The projector reached the head of the log (its last batch was not full): drop what only a replay needs.</summary>
    public virtual void CaughtUp() { }

    /// <summary>Adds the read models that must see <paramref name="projected"/> to <paramref name="targets"/>, and
    /// updates the routing state. Called in log order, exactly once per event per pass.</summary>
    public abstract void Route(ProjectedEvent projected, ICollection<IProjectionReadModel> targets);

    /// <summary>Forgets all routing state (a rebuild starts from position 0).</summary>
    public abstract void Reset();

    public abstract void WriteState(BinaryWriter writer);

    public abstract void ReadState(BinaryReader reader);
}
