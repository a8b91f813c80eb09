using System.Diagnostics;
using HeelChallenge.Domain.Users;
using HeelChallenge.EventStore;
using HeelChallenge.Grains.Storage;

namespace HeelChallenge.Benchmarks.Store;

/// <summary>
/// Callers that each own a share of the streams and append one logged set at a time to them in turn, as user grains
/// do: the next append waits for the previous one's answer. Latencies are kept while <see cref="Measuring"/> is set.
/// </summary>
internal sealed class AppendLoad(IEventStore store, StoreOptions options)
{
    private static readonly string[] Exercises = ["leg-press", "floor-calf-raise", "seated-calf-raise", "leg-extension"];
    private readonly EventSerializer<UserEvent> _serializer = new(new EventTypeRegistry<UserEvent>(), []);
    private readonly List<double>[] _latencies = [.. Enumerable.Range(0, options.Appenders).Select(_ => new List<double>(1 << 12))];
    private volatile bool _stopping;
    private long _appends;

    public volatile bool Measuring;

    public long Appends => Interlocked.Read(ref _appends);

    public Task RunAsync() => Task.WhenAll(Enumerable.Range(0, options.Appenders).Select(i => Task.Run(() => AppendAsync(i))));

    public async Task StopAsync(Task running)
    {
        _stopping = true;
        await running;
    }

    public double[] Latencies()
    {
        var all = _latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        return all;
    }

    private async Task AppendAsync(int appender)
    {
        var streams = Enumerable.Range(0, options.Streams).Where(s => s % options.Appenders == appender)
            .Select(_ => (Id: "user-" + Guid.NewGuid().ToString("N"), Version: 0L)).ToArray();
        var latencies = _latencies[appender];
        for (var n = 0; !_stopping; n++)
        {
            var slot = n % streams.Length;
            var stream = streams[slot];
            var now = DateTimeOffset.UtcNow;
            var set = new LoggedSet($"bench-{appender}-{n}", Exercises[n % Exercises.Length], null, 10 + n % 11, null, 42.5m, now);
            var data = _serializer.Serialize(stream.Id, new SetLogged(set, now), stream.Id[5..]);

            var started = Stopwatch.GetTimestamp();
            var result = await store.AppendAsync(stream.Id, stream.Version, [data]);
            if (Measuring) latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            streams[slot].Version = result is AppendResult.Committed committed
                ? committed.NextExpectedVersion
                : throw new InvalidOperationException($"{stream.Id}: {result}");
            Interlocked.Increment(ref _appends);
        }
    }
}
