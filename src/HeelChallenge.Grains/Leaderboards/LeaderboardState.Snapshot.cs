using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Projections;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>The board's snapshot: definition, status, version and each participant's countable sets, in binary
/// (a board of many participants holds many sets; JSON would be several times larger and slower).</summary>
public sealed partial class LeaderboardState
{
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Definition is not null);
        if (Definition is { } d)
        {
            writer.WriteGuid(d.ChallengeId);
            writer.WriteGuid(d.OwnerId);
            writer.Write(d.Name);
            writer.WriteNullable(d.Description);
            writer.Write(d.Program.Count);
            foreach (var item in d.Program)
            {
                writer.Write(item.ExerciseId);
                writer.Write(item.Sets);
                writer.WriteNullable(item.Reps);
                writer.WriteNullable(item.Seconds);
            }

            writer.WriteTime(d.StartsAt);
            writer.WriteTime(d.EndsAt);
            writer.Write(d.TimeZone);
            writer.Write(d.Visibility);
            writer.WriteNullable(d.Capacity);
            writer.WriteTime(d.CreatedAt);
        }

        writer.WriteNullable(Status);
        writer.WriteNullable(EndedAt);
        writer.Write(Version);
        writer.Write(_participants.Count);
        var setWriter = new SetWriter(writer);
        foreach (var (userId, participant) in _participants)
        {
            writer.WriteGuid(userId);
            writer.Write(participant.DisplayName);
            var sets = participant.Scorer?.Sets ?? [];
            writer.Write(sets.Count);
            // Without the load: scoring never reads it.
            foreach (var set in sets) setWriter.Write(set, withLoad: false);
        }
    }

    /// <summary>Loads a snapshot into this (empty) state.</summary>
    public void Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (reader.ReadBoolean())
        {
            var (challengeId, ownerId, name, description) = (reader.ReadGuid(), reader.ReadGuid(), reader.ReadString(), reader.ReadNullableString());
            var program = new ProgramItem[reader.ReadInt32()];
            for (var i = 0; i < program.Length; i++)
            {
                program[i] = new ProgramItem(reader.ReadString(), reader.ReadInt32(), reader.ReadNullableInt32(), reader.ReadNullableInt32());
            }

            var (startsAt, endsAt, timeZone, visibility) = (reader.ReadTime(), reader.ReadTime(), reader.ReadString(), reader.ReadString());
            var (capacity, createdAt) = (reader.ReadNullableInt32(), reader.ReadTime());
            Definition = new ChallengeCreated(challengeId, ownerId, name, description, program, startsAt, endsAt, timeZone, visibility, "", capacity, createdAt);
        }

        Status = reader.ReadNullableString();
        EndedAt = reader.ReadNullableTime();
        Version = reader.ReadInt64();
        _rule = Definition is null ? null : BuildRule();
        var count = reader.ReadInt32();
        var setReader = new SetReader(reader);
        for (var p = 0; p < count; p++)
        {
            var (userId, displayName) = (reader.ReadGuid(), reader.ReadString());
            var sets = new LoggedSet[reader.ReadInt32()];
            for (var i = 0; i < sets.Length; i++) sets[i] = setReader.Read(out _);

            var participant = new LeaderboardParticipant(displayName, _rule is null ? null : new ParticipantScorer(_rule, sets));
            _participants[userId] = participant;
            _unranked.Add(userId);
        }
    }
}
