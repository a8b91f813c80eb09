using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Leaderboards;

/// <summary>A user's sets as <see cref="UserState"/> folds them (a correction replaces, a void removes), without the rest.</summary>
internal sealed class CurrentSets
{
    private readonly Dictionary<string, (LoggedSet Set, bool Voided)> _sets = new(StringComparer.Ordinal);

    public IReadOnlyCollection<LoggedSet> Current => ToArray();

    public LoggedSet[] ToArray() => [.. _sets.Values.Where(s => !s.Voided).Select(s => s.Set)];

    public void Apply(UserEvent @event)
    {
        switch (@event)
        {
            case SetLogged logged:
                Log(logged.Set);
                break;
            case SetCorrected corrected:
                Correct(corrected.Set);
                break;
            case SetVoided voided:
                Void(voided.SetId);
                break;
            default:
                break;
        }
    }

    /// <summary>A known set id (a voided one too) changes nothing.</summary>
    public void Log(LoggedSet set) => _sets.TryAdd(set.SetId, (set, false));

    /// <summary>Replaces a known set's values; a voided one stays voided, an unknown one is ignored.</summary>
    public void Correct(LoggedSet set)
    {
        if (_sets.TryGetValue(set.SetId, out var record)) _sets[set.SetId] = (set, record.Voided);
    }

    public void Void(string setId)
    {
        if (_sets.TryGetValue(setId, out var record)) _sets[setId] = (record.Set, true);
    }
}
