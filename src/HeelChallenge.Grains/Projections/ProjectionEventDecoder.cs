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

    public UserEvent DecodeUserEvent(RecordedEvent recorded) => users.Deserialize(recorded);
}
