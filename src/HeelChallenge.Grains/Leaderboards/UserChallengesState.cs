using System.Globalization;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>The challenges a user owns or takes part in, each with the log position of the latest creation or join
/// (most recent first). A challenge the user neither owns nor is in any more is dropped.</summary>
public sealed class UserChallengesState
{
    public const int MaxPageSize = 100;

    private readonly Dictionary<Guid, (bool Owner, bool Participant, long Position)> _challenges = [];

    public void Apply(Guid userId, Guid challengeId, ChallengeEvent @event, long position)
    {
        _challenges.TryGetValue(challengeId, out var current);
        switch (@event)
        {
            case ChallengeCreated created when created.OwnerId == userId:
                _challenges[challengeId] = (true, current.Participant, position);
                break;
            case ParticipantJoined joined when joined.UserId == userId:
                _challenges[challengeId] = (current.Owner, true, position);
                break;
            case ParticipantLeft left when left.UserId == userId && _challenges.ContainsKey(challengeId):
                if (current.Owner) _challenges[challengeId] = current with { Participant = false };
                else _challenges.Remove(challengeId);
                break;
            default:
                break;
        }
    }

    public UserChallengePage List(string? cursor, int limit)
    {
        var before = long.MaxValue;
        if (cursor is not null && (!long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out before) || before <= 0))
            return new UserChallengePage([], null, "cursor is not a cursor returned by this list.");

        limit = Math.Clamp(limit, 1, MaxPageSize);
        var page = _challenges.Where(c => c.Value.Position < before).OrderByDescending(c => c.Value.Position).Take(limit + 1).ToList();
        var items = page.Take(limit).Select(c => new UserChallenge(c.Key, c.Value.Owner, c.Value.Participant)).ToList();
        var next = page.Count > limit ? page[limit - 1].Value.Position.ToString(CultureInfo.InvariantCulture) : null;
        return new UserChallengePage(items, next);
    }

    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_challenges.Count);
        foreach (var (challengeId, (owner, participant, position)) in _challenges)
        {
            writer.WriteGuid(challengeId);
            writer.Write(owner);
            writer.Write(participant);
            writer.Write(position);
        }
    }

    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        for (var i = 0; i < count; i++)
        {
            _challenges[reader.ReadGuid()] = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadInt64());
        }
    }
}
