using HeelChallenge.Abstractions.Projections;
using HeelChallenge.Domain.Users;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>
/// While the leaderboards projector replays the log from position 0, every user's set changes as the log stands so
/// far, so a join gets the joiner's earlier sets from here instead of reading and decoding their stream again (in a
/// rebuild of 1,000,000 events those reads were as many events again, ~10 % of the time). Valid only for a replay
/// seen from position 0 without a gap or a step back; it stops (and boards read the store again) when the projector
/// loads a checkpoint, goes back, reaches the head of the log, or has seen more than <see cref="MaxSets"/> sets.
/// </summary>
/// <remarks>
/// Changes are only listed as they pass and folded into the user's current sets when the user joins a challenge
/// (from where the last fold stopped): most sets come after their user's last join, and folding every set as it
/// passed was a dictionary insert per set and another copy of every set id's entry for the GC to carry.
/// </remarks>
internal sealed class JoinPrefixIndex
{
    /// <summary>About 24–40 bytes each besides the sets themselves, which the read models share.</summary>
    public const int MaxSets = 2_000_000;

    private readonly Dictionary<Guid, UserSets> _users = [];
    private long _position;
    private int _sets;

    public bool Active { get; private set; }

    /// <summary>A replay from position 0 begins.</summary>
    public void Start()
    {
        Stop();
        Active = true;
    }

    public void Stop()
    {
        _users.Clear();
        (_position, _sets, Active) = (0, 0, false);
    }

    /// <summary>Every event the kind routes, in log order.</summary>
    public void Observe(ProjectedEvent projected)
    {
        if (!Active) return;
        if (projected.Position <= _position)
        {
            Stop();
            return;
        }

        _position = projected.Position;
        if (projected.Event is not (SetLogged or SetCorrected or SetVoided) || !StreamIds.TryGetUser(projected, out var userId)) return;
        if (!_users.TryGetValue(userId, out var sets)) _users.Add(userId, sets = new UserSets());
        sets.Pending.Add(projected.Event switch
        {
            SetLogged logged => new SetChange(logged.Set, null),
            SetCorrected corrected => new SetChange(corrected.Set, null, Correction: true),
            _ => new SetChange(null, ((SetVoided)projected.Event).SetId),
        });
        if (projected.Event is SetLogged && ++_sets > MaxSets) Stop();
    }

    /// <summary>The user's current sets before the event observed last; null when the index is not active.</summary>
    public LoggedSet[]? CurrentSetsOf(Guid userId)
    {
        if (!Active) return null;
        if (!_users.TryGetValue(userId, out var sets)) return [];
        sets.Folded ??= new CurrentSets();
        foreach (var change in sets.Pending)
        {
            if (change.VoidedSetId is { } voided) sets.Folded.Void(voided);
            else if (change.Correction) sets.Folded.Correct(change.Set!);
            else sets.Folded.Log(change.Set!);
        }

        sets.Pending.Clear();
        return sets.Folded.ToArray();
    }

    /// <summary>One user's changes since their last join, and the fold of those before it.</summary>
    private sealed class UserSets
    {
        public List<SetChange> Pending { get; } = [];

        public CurrentSets? Folded { get; set; }
    }

    /// <summary>A SetLogged or SetCorrected (its set), or a SetVoided (its set id), without the event object.</summary>
    private readonly record struct SetChange(LoggedSet? Set, string? VoidedSetId, bool Correction = false);
}
