using System.Collections.Concurrent;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace HeelChallenge.Grains.Tests.Projections;

/// <summary>
/// Appends challenge and user events straight to the log with the write side's serializers: exactly what the
/// projections read, without going through the command grains (so histories are fast to build and fully controlled).
/// </summary>
public sealed class LogWriter(IEventStore store, IServiceProvider services)
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private readonly EventSerializer<UserEvent> _users = services.GetRequiredService<EventSerializer<UserEvent>>();
    private readonly EventSerializer<ChallengeEvent> _challenges = services.GetRequiredService<EventSerializer<ChallengeEvent>>();
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    public Task<long> Challenge(Guid challengeId, params ChallengeEvent[] events)
    {
        var stream = StreamIds.ForChallenge(challengeId);
        return Append(stream, [.. events.Select(e => _challenges.Serialize(stream, e, "tests"))]);
    }

    public Task<long> User(Guid userId, params UserEvent[] events)
    {
        var stream = StreamIds.ForUser(userId);
        return Append(stream, [.. events.Select(e => _users.Serialize(stream, e, "tests"))]);
    }

    public Task<long> Log(Guid userId, params LoggedSet[] sets) =>
        User(userId, [.. sets.Select(s => (UserEvent)new SetLogged(s, Start))]);

    /// <summary>A challenge over the whole leg-press program (2 sets of 10 reps), 30 days from <see cref="Start"/>, in UTC.</summary>
    public static ChallengeCreated Created(Guid challengeId, Guid ownerId, string visibility = ChallengeVisibility.Private,
        IReadOnlyList<ProgramItem>? program = null, DateTimeOffset? startsAt = null, DateTimeOffset? endsAt = null, string timeZone = "UTC") =>
        new(challengeId, ownerId, "Challenge " + challengeId.ToString("N")[..6], null, program ?? [new ProgramItem("leg-press", 2, 10, null)],
            startsAt ?? Start, endsAt ?? Start.AddDays(30), timeZone, visibility, "CODE" + challengeId.ToString("N")[..6], null, Start.AddDays(-1));

    public static LoggedSet LegPress(int reps, DateTimeOffset at, string? setId = null) =>
        new(setId ?? "s-" + Guid.NewGuid().ToString("N")[..12], "leg-press", null, reps, null, 80m, at);

    private async Task<long> Append(string stream, IReadOnlyList<EventData> events)
    {
        var expected = _versions.GetValueOrDefault(stream);
        var result = await store.AppendAsync(stream, expected, events);
        var committed = Assert.IsType<AppendResult.Committed>(result);
        _versions[stream] = committed.NextExpectedVersion;
        return committed.LastPosition;
    }
}
