using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Projections;

/// <summary>
/// Turns stored events of the streams projections read into domain objects, with the same serializers (and
/// upcasters) the write side uses. Streams of other aggregates are not decoded (null).
/// </summary>
public sealed class ProjectionEventDecoder(EventSerializer<UserEvent> users, EventSerializer<ChallengeEvent> challenges)
{
    public object? Decode(RecordedEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (ProjectionStreams.IsUser(recorded.StreamId)) return users.Deserialize(recorded);
        if (ProjectionStreams.IsChallenge(recorded.StreamId)) return challenges.Deserialize(recorded);
        return null;
    }

    /// <summary>As <see cref="Decode(RecordedEvent)"/>, for a row of a pooled batch.</summary>
    public object? Decode(in EventRow row)
    {
        if (ProjectionStreams.IsUser(row.StreamId)) return users.Deserialize(row);
        if (ProjectionStreams.IsChallenge(row.StreamId)) return challenges.Deserialize(row);
        return null;
    }

    public UserEvent DecodeUserEvent(RecordedEvent recorded) => users.Deserialize(recorded);
}
