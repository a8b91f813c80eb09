using HeelChallenge.Domain.Progress;
using HeelChallenge.Domain.Users;

namespace HeelChallenge.Grains.Tests.Progress;

/// <summary>
/// Random but valid histories of clients and coaches (seeded, so a failure replays): registrations in several zones,
/// consent granted and revoked (one current period per coach, a fresh code each time), sets of every exercise over the
/// last 40 days (partial, full and over-prescribed), corrections, voids, and changes of name and zone.
/// </summary>
internal sealed class ProgressHistoryGenerator(int seed, Guid[] clients, Guid[] coaches)
{
    private static readonly string[] Zones = ["UTC", "Europe/Paris", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata"];

    private readonly Random _random = new(seed);
    private readonly Dictionary<Guid, HashSet<Guid>> _current = [];
    private readonly Dictionary<Guid, List<LoggedSet>> _sets = [];

    public IEnumerable<(Guid User, UserEvent[] Events)> Batches(int count)
    {
        foreach (var client in clients)
        {
            _current[client] = [];
            _sets[client] = [];
            yield return (client, [new UserRegistered(client, "u" + client.ToString("N")[..8], "Client " + client.ToString("N")[..4],
                Zones[_random.Next(Zones.Length)], DateTimeOffset.UtcNow.AddDays(-_random.Next(1, 50)))]);
        }

        for (var i = 0; i < count; i++)
        {
            var client = clients[_random.Next(clients.Length)];
            yield return (client, Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Next(client)).ToArray());
        }
    }

    private UserEvent Next(Guid client)
    {
        var now = DateTimeOffset.UtcNow;
        var coach = coaches[_random.Next(coaches.Length)];
        var sets = _sets[client];
        return _random.Next(20) switch
        {
            0 or 1 when !_current[client].Contains(coach) => Grant(client, coach, now),
            2 when _current[client].Remove(coach) => new CoachAccessRevoked(coach, now),
            3 => new UserProfileChanged("Client " + _random.Next(1000), Zones[_random.Next(Zones.Length)], now),
            4 or 5 when sets.Count > 0 => new SetCorrected(NewSet(sets[_random.Next(sets.Count)].SetId), now),
            6 when sets.Count > 0 => new SetVoided(sets[_random.Next(sets.Count)].SetId, now),
            _ => Log(client, now),
        };
    }

    private CoachAccessGranted Grant(Guid client, Guid coach, DateTimeOffset now)
    {
        _current[client].Add(coach);
        return new CoachAccessGranted(coach, now, "G" + _random.Next(1_000_000, 9_999_999));
    }

    private SetLogged Log(Guid client, DateTimeOffset now)
    {
        var set = NewSet("s" + _random.Next(1_000_000));
        _sets[client].Add(set);
        return new SetLogged(set, now);
    }

    private LoggedSet NewSet(string setId)
    {
        var slots = ProgressSlots.Of(ProgressProjection.Catalog);
        var (exercise, side) = slots[_random.Next(slots.Count)];
        var amount = Math.Max(1, exercise.PrescribedAmount * _random.Next(1, 200) / 100);
        var at = DateTimeOffset.UtcNow.AddMinutes(-_random.Next(1, 40 * 24 * 60));
        return new LoggedSet(setId, exercise.Id, side, exercise.IsTimed ? null : amount, exercise.IsTimed ? amount : null, null, at);
    }
}
