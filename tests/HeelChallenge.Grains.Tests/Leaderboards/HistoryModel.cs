using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using static HeelChallenge.Grains.Tests.Leaderboards.ProjectionHistories;

namespace HeelChallenge.Grains.Tests.Leaderboards;

/// <summary>
/// Plays a generated history the way the write side would (fresh ids, refusals skipped) and says what each board must
/// show: every current participant scored from scratch over all their current sets, ordered by clause 7.
/// </summary>
internal sealed class HistoryModel
{
    private readonly Guid[] _users;
    private readonly Guid[] _challenges;
    private readonly ChallengeState[] _states;
    private readonly Dictionary<string, (LoggedSet Set, bool Voided)>[] _sets;
    private readonly List<string>[] _setIds;

    // Every event gets its own instant, as the write side's clock would give it: content-derived event ids stay unique.
    private DateTimeOffset _clock = Base;

    public HistoryModel(History history)
    {
        _users = [.. Enumerable.Range(0, history.Users).Select(_ => Guid.NewGuid())];
        _challenges = [.. history.Challenges.Select(_ => Guid.NewGuid())];
        _states = [.. history.Challenges.Select(_ => new ChallengeState())];
        _sets = [.. _users.Select(_ => new Dictionary<string, (LoggedSet, bool)>(StringComparer.Ordinal))];
        _setIds = [.. _users.Select(_ => new List<string>())];
        for (var c = 0; c < _challenges.Length; c++)
        {
            var spec = history.Challenges[c];
            Challenge(c, new ChallengeCreated(_challenges[c], Guid.NewGuid(), "Generated " + c, null, spec.Program, spec.StartsAt, spec.EndsAt,
                spec.TimeZone, spec.Visibility, "CODE" + c, null, Base));
        }

        foreach (var op in history.Ops) Play(op);
    }

    /// <summary>The events in log order: the stream's owner (a challenge or a user id) and the event.</summary>
    public List<(Guid Stream, bool IsChallenge, object Event)> Events { get; } = [];

    public IReadOnlyList<Guid> ChallengeIds => _challenges;

    public IReadOnlyList<LeaderboardRow> ExpectedBoard(int challenge)
    {
        var state = _states[challenge];
        var ends = state.EffectiveEndsAt;
        var rule = ends <= state.StartsAt ? null
            : ScoringRule.Create(new ChallengeProgram(state.Program), Catalog, state.StartsAt, ends, state.TimeZone);
        var standings = state.Participants.Keys
            .Select(userId =>
            {
                var total = rule?.Score(CurrentSets(userId)).Total ?? ScoreTotal.Zero;
                return new Standing(userId, total.Points, total.ReachedAt);
            })
            .Order(StandingOrder.Instance)
            .ToArray();
        return [.. standings.Select((s, i) => new LeaderboardRow(i + 1, s.UserId, state.Participants[s.UserId], s.Points, s.ReachedAt))];
    }

    public string ExpectedStatus(int challenge) => _states[challenge].Status;

    private IEnumerable<LoggedSet> CurrentSets(Guid userId) =>
        _sets[Array.IndexOf(_users, userId)].Values.Where(s => !s.Voided).Select(s => s.Set);

    private void Play(Op op)
    {
        switch (op)
        {
            case Join(var u, var c, var name) when _states[c].Status == ChallengeStatus.Active && !_states[c].Participants.ContainsKey(_users[u]):
                Challenge(c, new ParticipantJoined(_users[u], name, Tick()));
                break;
            case Leave(var u, var c) when _states[c].Participants.ContainsKey(_users[u]):
                Challenge(c, new ParticipantLeft(_users[u], Tick()));
                break;
            case Log(var u, var spec):
                var setId = "s" + _setIds[u].Count;
                _setIds[u].Add(setId);
                User(u, new SetLogged(ToSet(setId, spec), Tick()));
                break;
            case Correct(var u, var pick, var spec) when Picked(u, pick) is { } id:
                User(u, new SetCorrected(ToSet(id, spec), Tick()));
                break;
            case VoidSet(var u, var pick) when Picked(u, pick) is { } id:
                User(u, new SetVoided(id, Tick()));
                break;
            case End(var c, var step) when _states[c].Status == ChallengeStatus.Active:
                Challenge(c, new ChallengeEnded(ProjectionHistories.Base.AddMinutes(97 * step)));
                break;
            case Cancel(var c) when _states[c].Status == ChallengeStatus.Active:
                Challenge(c, new ChallengeCancelled(Tick()));
                break;
            default:
                break; // the write side would refuse it
        }
    }

    private DateTimeOffset Tick() => _clock = _clock.AddSeconds(1);

    /// <summary>A logged set that is not voided, chosen by <paramref name="pick"/>, or null when there is none.</summary>
    private string? Picked(int user, int pick)
    {
        var live = _setIds[user].Where(id => !_sets[user][id].Voided).ToArray();
        return live.Length == 0 ? null : live[pick % live.Length];
    }

    private static LoggedSet ToSet(string setId, SetSpec spec)
    {
        var timed = Catalog.Find(spec.ExerciseId)!.IsTimed;
        return new LoggedSet(setId, spec.ExerciseId, spec.Side, timed ? null : spec.Amount, timed ? spec.Amount : null, 50m, spec.PerformedAt);
    }

    private void Challenge(int c, ChallengeEvent e)
    {
        _states[c].Apply(e);
        Events.Add((_challenges[c], true, e));
    }

    private void User(int u, UserEvent e)
    {
        var sets = _sets[u];
        switch (e)
        {
            case SetLogged l:
                sets[l.Set.SetId] = (l.Set, false);
                break;
            case SetCorrected c:
                sets[c.Set.SetId] = (c.Set, false);
                break;
            case SetVoided v:
                sets[v.SetId] = (sets[v.SetId].Set, true);
                break;
            default:
                break;
        }

        Events.Add((_users[u], false, e));
    }
}
