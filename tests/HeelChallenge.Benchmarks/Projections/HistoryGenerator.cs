using System.Diagnostics;
using System.Globalization;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.EventStore.Sqlite;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Benchmarks.Projections;

/// <summary>
/// Writes a realistic history straight into a SQLite store, with the write side's serializers and metadata: users
/// registering, challenges (windows inside the period, several time zones, public and private) created, users joining
/// 1–3 of them (some before the start, some late, a few leaving and rejoining, a few challenges ended early), and the
/// rest sets spread over the period in daily sessions, about 2% corrected and 1% voided. Events are appended in time
/// order, each chunk's streams concurrently so group commit keeps it quick.
/// </summary>
public sealed class HistoryGenerator(HistoryOptions options, ExerciseCatalog catalog)
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney"];

    private readonly Random _random = new(options.Seed);
    private readonly EventSerializer<UserEvent> _users = new(new EventTypeRegistry<UserEvent>(), []);
    private readonly EventSerializer<ChallengeEvent> _challenges = new(new EventTypeRegistry<ChallengeEvent>(), []);
    private List<(DateTimeOffset At, string Stream, EventData Event)> _events = [];

    public async Task<long> WriteAsync(string databasePath)
    {
        var watch = Stopwatch.StartNew();
        var userIds = Enumerable.Range(0, options.Users).Select(_ => NewGuid()).ToArray();
        foreach (var (userId, i) in userIds.Select((u, i) => (u, i)))
            User(Start.AddMinutes(-i), userId, new UserRegistered(userId, "user" + i, "User " + i, Zones[i % Zones.Length], Start.AddMinutes(-i)));

        var windows = Enumerable.Range(0, options.Challenges).Select(CreateChallenge).ToArray();
        foreach (var userId in userIds) JoinSome(userId, windows);
        var setsPerUser = Math.Max(1, (options.Events - _events.Count) / options.Users);
        foreach (var userId in userIds) LogSets(userId, setsPerUser);

        _events = [.. _events.OrderBy(e => e.At)]; // stable: a stream's events at one instant keep their order
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generated {_events.Count:N0} events in {watch.Elapsed.TotalSeconds:0.0} s; appending"));
        await using var store = new SqliteEventStore(new SqliteEventStoreOptions { DatabasePath = databasePath });
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        const int Chunk = 20_000;
        for (var i = 0; i < _events.Count; i += Chunk)
        {
            var appends = _events.Skip(i).Take(Chunk).GroupBy(e => e.Stream).Select(async g =>
            {
                var batch = g.Select(e => e.Event).ToArray();
                var expected = versions.GetValueOrDefault(g.Key);
                versions[g.Key] = expected + batch.Length;
                var result = await store.AppendAsync(g.Key, expected, batch);
                if (result is not AppendResult.Committed) throw new InvalidOperationException($"{g.Key}: {result}");
            }).ToArray();
            await Task.WhenAll(appends);
            if ((i / Chunk) % 10 == 9 || i + Chunk >= _events.Count)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  appended {Math.Min(i + Chunk, _events.Count):N0}/{_events.Count:N0} ({watch.Elapsed.TotalSeconds:0.0} s)"));
        }

        return await store.ReadHeadPositionAsync();
    }

    private (Guid Id, DateTimeOffset Starts, DateTimeOffset Ends) CreateChallenge(int index)
    {
        var id = NewGuid();
        var starts = Start.AddDays(_random.Next(0, Math.Max(1, options.Days / 3)));
        var ends = Min(starts.AddDays(_random.Next(10, options.Days + 1)), Start.AddDays(options.Days));
        var program = index % 3 == 0
            ? ChallengeProgram.Default(catalog).Items
            : catalog.Exercises.Where(_ => _random.NextDouble() < 0.5).DefaultIfEmpty(catalog.Exercises[0])
                .Select(e => new ProgramItem(e.Id, e.Sets, e.IsTimed ? null : e.Reps, e.IsTimed ? e.Seconds : null)).ToArray();
        var created = starts.AddDays(-3);
        var owner = NewGuid();
        Challenge(created, id, new ChallengeCreated(id, owner, "Challenge " + index, "Generated", program, starts, ends,
            Zones[index % Zones.Length], index % 2 == 0 ? ChallengeVisibility.Public : ChallengeVisibility.Private, $"CODE{index:D4}", null, created));
        if (index % 7 == 6) Challenge(ends.AddDays(-3), id, new ChallengeEnded(ends.AddDays(-3)));
        return (id, starts, ends);
    }

    private void JoinSome(Guid userId, (Guid Id, DateTimeOffset Starts, DateTimeOffset Ends)[] windows)
    {
        foreach (var (id, starts, ends) in windows.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)))
        {
            // Most join around the start (some before it), a few late: their earlier sets are backfilled.
            var joined = starts.AddHours(_random.NextDouble() < 0.8 ? _random.Next(-48, 48) : _random.Next(48, (int)(ends - starts).TotalHours / 2 + 49));
            if (joined > ends.AddDays(-4)) joined = starts;
            Challenge(joined, id, new ParticipantJoined(userId, "User " + userId.ToString("N")[..6], joined));
            if (_random.NextDouble() < 0.05)
            {
                var left = joined.AddDays(_random.Next(1, 5));
                Challenge(left, id, new ParticipantLeft(userId, left));
                Challenge(left.AddDays(1), id, new ParticipantJoined(userId, "User " + userId.ToString("N")[..6], left.AddDays(1)));
            }
        }
    }

    private void LogSets(Guid userId, int count)
    {
        var sessionHour = _random.Next(6, 22);
        var logged = new List<LoggedSet>(count);
        for (var n = 0; n < count; n++)
        {
            var exercise = catalog.Exercises[_random.Next(catalog.Exercises.Count)];
            var amount = Math.Max(1, (int)(exercise.PrescribedAmount * (0.7 + (_random.NextDouble() * 0.5))));
            var at = Start.AddDays(_random.Next(options.Days)).AddHours(sessionHour).AddSeconds(_random.Next(0, 3600));
            var set = new LoggedSet($"set-{n:D5}", exercise.Id, exercise.Sided ? (n % 2 == 0 ? "left" : "right") : null,
                exercise.IsTimed ? null : amount, exercise.IsTimed ? amount : null, exercise.IsTimed ? null : 40m, at);
            var recorded = at.AddMinutes(1);
            var roll = _random.NextDouble();
            if (roll < 0.01 && logged.Count > 0)
            {
                var voided = logged[_random.Next(logged.Count)];
                logged.Remove(voided);
                User(Max(recorded, voided.PerformedAt.AddMinutes(2)), userId, new SetVoided(voided.SetId, recorded));
            }
            else if (roll < 0.03 && logged.Count > 0)
            {
                var corrected = logged[_random.Next(logged.Count)];
                User(Max(recorded, corrected.PerformedAt.AddMinutes(2)), userId, new SetCorrected(corrected with { Reps = corrected.Reps + 1, Seconds = corrected.Seconds + 1 }, recorded));
            }
            else
            {
                logged.Add(set);
                User(recorded, userId, new SetLogged(set, recorded));
            }
        }
    }

    private void User(DateTimeOffset at, Guid userId, UserEvent e)
    {
        var stream = StreamIds.ForUser(userId);
        _events.Add((at, stream, _users.Serialize(stream, e, "UserGrain")));
    }

    private void Challenge(DateTimeOffset at, Guid challengeId, ChallengeEvent e)
    {
        var stream = StreamIds.ForChallenge(challengeId);
        _events.Add((at, stream, _challenges.Serialize(stream, e, "ChallengeGrain")));
    }

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
