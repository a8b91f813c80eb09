using System.Text.Json;
using BenchmarkDotNet.Attributes;
using HeelChallenge.Abstractions.Leaderboards;
using HeelChallenge.Domain.Catalog;
using HeelChallenge.Domain.Challenges;
using HeelChallenge.Domain.Scoring;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Leaderboards;
using HeelChallenge.Grains.Projections;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Benchmarks.Projections;

/// <summary>
/// The per-event steps of a rebuild in isolation, to see where its time goes: decoding one stored set event with the
/// write side's serializer, and applying one set to a board of 300 participants (each with hundreds of sets).
/// Run: dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*ProjectionStep*'
/// </summary>
[MemoryDiagnoser]
public class ProjectionStepBenchmarks
{
    private const int Participants = 300;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ExerciseCatalog _catalog = ExerciseCatalog.LoadDefault();
    private readonly ProjectionEventDecoder _decoder = new(
        new EventSerializer<UserEvent>(new EventTypeRegistry<UserEvent>(), []),
        new EventSerializer<ChallengeEvent>(new EventTypeRegistry<ChallengeEvent>(), []));

    // The stored-event options without the hand-written set converter: what decoding cost before it.
    private static readonly JsonSerializerOptions GeneralOptions = WithoutSetConverter();

    private LeaderboardState _state = null!;
    private Guid[] _users = [];
    private LoggedSet[] _sets = [];
    private RecordedEvent _stored = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var challenge = Guid.NewGuid();
        _state = new LeaderboardState(_catalog);
        _state.Create(new ChallengeCreated(challenge, Guid.NewGuid(), "Bench", null, ChallengeProgram.Default(_catalog).Items, Start, Start.AddDays(30),
            "Europe/Paris", ChallengeVisibility.Public, "CODE", null, Start));
        _users = [.. Enumerable.Range(0, Participants).Select(_ => Guid.NewGuid())];
        foreach (var participant in _users) _state.Join(participant, "P", []);
        _sets = [.. Enumerable.Range(0, 1 << 16).Select(i =>
        {
            var exercise = _catalog.Exercises[random.Next(_catalog.Exercises.Count)];
            var amount = Math.Max(1, (int)(exercise.PrescribedAmount * (0.7 + (random.NextDouble() * 0.5))));
            return new LoggedSet($"set-{i:D6}", exercise.Id, exercise.Sided ? "left" : null, exercise.IsTimed ? null : amount,
                exercise.IsTimed ? amount : null, 40m, Start.AddDays(random.Next(30)).AddSeconds(random.Next(86_400)));
        })];
        for (var i = 0; i < _sets.Length; i++) _state.Upsert(_users[i % Participants], _sets[i]);

        var user = Guid.NewGuid();
        var data = new EventSerializer<UserEvent>(new EventTypeRegistry<UserEvent>(), []).Serialize(StreamIds.ForUser(user), new SetLogged(_sets[0], Start), "UserGrain");
        _stored = new RecordedEvent(1, StreamIds.ForUser(user), 1, data.EventId, data.Type, data.Data, data.Metadata, Start);
    }

    [Benchmark(Description = "decode one set-logged event (System.Text.Json)")]
    public object Decode() => _decoder.Decode(_stored)!;

    [Benchmark(Baseline = true, Description = "set-logged JSON, general record converter")]
    public object DecodeGeneral() => JsonSerializer.Deserialize<SetLogged>(_stored.Utf8Data.Span, GeneralOptions)!;

    [Benchmark(Description = "set-logged JSON, LoggedSetJsonConverter")]
    public object DecodeHandWritten() => JsonSerializer.Deserialize<SetLogged>(_stored.Utf8Data.Span, EventJson.Options)!;

    private static JsonSerializerOptions WithoutSetConverter()
    {
        var options = new JsonSerializerOptions(EventJson.Options);
        options.Converters.Clear();
        return options;
    }

    [Benchmark(Description = "board of 300: apply one set (score + rank)")]
    public bool Apply()
    {
        var i = _next++ & (_sets.Length - 1);
        var set = _sets[i] with { SetId = _sets[i].SetId + "x", PerformedAt = _sets[i].PerformedAt.AddMinutes(1) };
        return _state.Upsert(_users[i % Participants], set);
    }
}
