using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Common;
using HeelChallenge.Domain.Leaderboards;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>
/// One challenge's board as a fold of its events and its participants' sets: the definition (→ points-v1 rule), each
/// participant's incremental scorer, and the ranked structure. Every change of the standings (a participant added,
/// removed or moved, the status changed) adds one to <see cref="Version"/>; the same events give the same versions.
/// Scoring stops at the owner's end (ChallengeState.EffectiveEndsAt). A participant's sets are kept only if they can
/// count (the scorer decides), with shared exercise and side names. Not thread-safe: a grain owns it.
/// </summary>
public sealed partial class LeaderboardState(ExerciseCatalog catalog)
{
    private readonly Dictionary<Guid, LeaderboardParticipant> _participants = [];
    private readonly RankedBoard _board = new();

    // Participants whose total moved since the board was last read: ranked when it is (Ranked), so a replay that moves
    // a participant hundreds of times between two reads re-ranks them once. The ranking is a function of the totals
    // alone, whatever order they are set in.
    private readonly HashSet<Guid> _unranked = [];
    private ScoringRule? _rule;
    private (long Version, int Top, LeaderboardRow[] Rows)? _top;

    public ChallengeCreated? Definition { get; private set; }

    public string? Status { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public long Version { get; private set; }

    public int ParticipantCount => _participants.Count;

    /// <summary>Why the rule could not be built from a stored definition (the catalog lost an exercise), if it could not.</summary>
    public string? RuleProblem { get; private set; }

    public bool Create(ChallengeCreated created)
    {
        ArgumentNullException.ThrowIfNull(created);
        if (Definition is not null) return false;
        Definition = created;
        Status = ChallengeStatus.Active;
        _rule = BuildRule();
        return Changed();
    }

    /// <summary>(Re)joins with every set the participant had before joining, as they stand at that point.</summary>
    public bool Join(Guid userId, string displayName, IEnumerable<LoggedSet> currentSets)
    {
        ArgumentNullException.ThrowIfNull(currentSets);
        if (Definition is null) return false;
        var scorer = _rule is null ? null : new ParticipantScorer(_rule, currentSets.Select(Normalize));
        var participant = new LeaderboardParticipant(displayName, scorer);
        _participants[userId] = participant;
        _unranked.Add(userId);
        return Changed();
    }

    /// <summary>Leaving drops the participant and everything the board knew of them.</summary>
    public bool Leave(Guid userId)
    {
        if (!_participants.Remove(userId)) return false;
        _unranked.Remove(userId);
        _board.Remove(userId);
        return Changed();
    }

    /// <summary>A participant renamed themselves: the board shows the new name from then on.</summary>
    public bool Rename(Guid userId, string displayName)
    {
        if (!_participants.TryGetValue(userId, out var participant) || participant.DisplayName == displayName) return false;
        participant.DisplayName = displayName;
        return Changed();
    }

    /// <summary>A participant logged a set (a set id already known changes nothing); false when the standings did not move.</summary>
    public bool Log(Guid userId, LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!_participants.TryGetValue(userId, out var participant) || participant.Scorer is not { } scorer) return false;
        var before = scorer.Total;
        return Moved(userId, before, scorer.Log(Normalize(set)));
    }

    /// <summary>A corrected (or logged) set of a participant: the same set id replaces; false when the standings did not move.</summary>
    public bool Upsert(Guid userId, LoggedSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!_participants.TryGetValue(userId, out var participant) || participant.Scorer is not { } scorer) return false;
        var before = scorer.Total;
        return Moved(userId, before, scorer.Upsert(Normalize(set)));
    }

    public bool Void(Guid userId, string setId)
    {
        if (!_participants.TryGetValue(userId, out var participant) || participant.Scorer is not { } scorer) return false;
        var before = scorer.Total;
        return Moved(userId, before, scorer.Remove(setId));
    }

    /// <summary>The owner ended it: sets performed from <paramref name="endedAt"/> on stop counting; everyone is re-scored.</summary>
    public bool End(DateTimeOffset endedAt)
    {
        if (Definition is null) return false;
        Status = ChallengeStatus.Ended;
        EndedAt = endedAt;
        _rule = BuildRule();
        foreach (var (userId, participant) in _participants)
        {
            var sets = participant.Scorer?.Sets ?? [];
            participant.Scorer = _rule is null ? null : new ParticipantScorer(_rule, sets);
            _unranked.Add(userId);
        }

        return Changed();
    }

    public bool Cancel()
    {
        if (Definition is null) return false;
        Status = ChallengeStatus.Cancelled;
        return Changed();
    }

    /// <summary>Whether the caller may see this challenge as far as its events say: owner, participant, or public.</summary>
    public bool IsVisibleTo(Guid callerId) =>
        Definition is { } d && (d.Visibility == ChallengeVisibility.Public || d.OwnerId == callerId || _participants.ContainsKey(callerId));

    public LeaderboardView View(Guid challengeId, LeaderboardQuery query, long position)
    {
        ArgumentNullException.ThrowIfNull(query);
        var board = Ranked();
        var entries = TopRows(Math.Max(0, query.Top));
        LeaderboardRow? me = null;
        IReadOnlyList<LeaderboardRow>? around = null;
        if (query.AroundUserId is { } userId)
        {
            me = board.TryGet(userId, out var entry) ? Row(entry) : null;
            var radius = Math.Max(0, query.AroundCount);
            around = board.Around(userId, radius, radius).Select(Row).ToArray();
        }

        return new LeaderboardView(challengeId, Version, Status, _participants.Count, entries, me, around, position, Definition?.EndsAt);
    }

    /// <summary>Many readers ask for the same top N between two changes: the rows are kept until the version moves.</summary>
    private LeaderboardRow[] TopRows(int top)
    {
        if (_top is { } cached && cached.Version == Version && cached.Top == top) return cached.Rows;
        var rows = Ranked().Top(top).Select(Row).ToArray();
        _top = (Version, top, rows);
        return rows;
    }

    private LeaderboardRow Row(RankedEntry entry) =>
        new(entry.Rank, entry.UserId, _participants.TryGetValue(entry.UserId, out var p) ? p.DisplayName : "", entry.Points, entry.ReachedAt);

    private bool Moved(Guid userId, ScoreTotal before, ScoreTotal after)
    {
        if (before == after) return false;
        _unranked.Add(userId);
        return Changed();
    }

    /// <summary>The ranked structure with every participant's current total.</summary>
    private RankedBoard Ranked()
    {
        if (_unranked.Count == 0) return _board;
        foreach (var userId in _unranked)
        {
            var total = _participants[userId].Total;
            _board.Set(userId, total.Points, total.ReachedAt);
        }

        _unranked.Clear();
        return _board;
    }

    private bool Changed()
    {
        Version++;
        return true;
    }

    /// <summary>
    /// The set with shared exercise and side names. Sets decoded from the log already have them (and are the same
    /// objects the other read models keep, so they are kept as they are, load included: a stripped copy per board
    /// cost more than it saved); only a set built elsewhere is copied.
    /// </summary>
    private static LoggedSet Normalize(LoggedSet set)
    {
        var exercise = SharedNames.Intern(set.ExerciseId);
        var side = set.Side is null ? null : SharedNames.Intern(set.Side);
        return ReferenceEquals(exercise, set.ExerciseId) && ReferenceEquals(side, set.Side) ? set : set with { ExerciseId = exercise, Side = side };
    }

    /// <summary>The rule for the effective window, or null when nothing can count (an empty window, an unusable program).</summary>
    private ScoringRule? BuildRule()
    {
        var definition = Definition!;
        var ends = EndedAt is { } ended && ended < definition.EndsAt ? ended : definition.EndsAt;
        if (ends <= definition.StartsAt) return null;
        try
        {
            RuleProblem = null;
            return ScoringRule.Create(new ChallengeProgram(definition.Program), catalog, definition.StartsAt, ends, definition.TimeZone);
        }
        catch (ArgumentException e)
        {
            RuleProblem = e.Message;
            return null;
        }
    }
}
