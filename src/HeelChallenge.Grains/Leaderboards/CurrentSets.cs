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
                _sets.TryAdd(logged.Set.SetId, (logged.Set, false));
                break;
            case SetCorrected corrected when _sets.TryGetValue(corrected.Set.SetId, out var record):
                _sets[corrected.Set.SetId] = (corrected.Set, record.Voided);
                break;
            case SetVoided voided when _sets.TryGetValue(voided.SetId, out var record):
                _sets[voided.SetId] = (record.Set, true);
                break;
            default:
                break;
        }
    }
}
