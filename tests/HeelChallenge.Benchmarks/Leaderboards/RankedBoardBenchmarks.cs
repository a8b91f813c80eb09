using BenchmarkDotNet.Attributes;
using HeelChallenge.Domain.Leaderboards;
using HeelChallenge.Domain.Scoring;

namespace HeelChallenge.Benchmarks.Leaderboards;

/// <summary>
/// Issue 4's targets for the ranked structure at 100,000 participants: update + rank of one participant ≤ 2 µs,
/// top-10 + around-me (5 above, 5 below) ≤ 5 µs. Baselines in the same run: a sorted List with BinarySearch (rank
/// is an index, but a move shifts the array) and a SortedSet (a move is O(log n), but a rank must count a view).
/// Each call applies the next of 64k pre-drawn moves (a random participant to random points), so the board keeps
/// its shape and every call walks the tree from the top; nothing is served from a warm path.
/// Run: dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*RankedBoard*'
/// </summary>
[MemoryDiagnoser]
public class RankedBoardBenchmarks
{
    private const int Moves = 1 << 16;
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly RankedBoard _board = new();
    private readonly List<BaselineKey> _list = [];
    private readonly SortedSet<BaselineKey> _set = [];
    private readonly Dictionary<Guid, BaselineKey> _keys = [];
    private Guid[] _users = [];
    private (int User, int Points, DateTimeOffset ReachedAt)[] _moves = [];
    private int _next;

    [Params(100_000)]
    public int Participants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _users = Enumerable.Range(0, Participants).Select(_ => Guid.NewGuid()).ToArray();
        _moves = Enumerable.Range(0, Moves)
            .Select(_ => (random.Next(Participants), random.Next(0, 5_000), Start.AddSeconds(random.Next(0, 30 * 86_400))))
            .ToArray();
        foreach (var user in _users)
        {
            var (points, reachedAt) = (random.Next(0, 5_000), Start.AddSeconds(random.Next(0, 30 * 86_400)));
            _board.Set(user, points, reachedAt);
            var key = BaselineKey.From(user, points, reachedAt);
            _keys[user] = key;
            _set.Add(key);
            _list.Add(key);
        }

        _list.Sort();
    }

    [Benchmark(Description = "RankedBoard: update + rank")]
    public int BoardUpdateAndRank()
    {
        var (user, points, reachedAt) = NextMove();
        return _board.Set(_users[user], points, reachedAt);
    }

    [Benchmark(Description = "RankedBoard: rank only")]
    public int BoardRank() => _board.RankOf(_users[NextMove().User]) ?? 0;

    [Benchmark(Description = "RankedBoard: top-10 + around-me (k=5)")]
    public int BoardTopAndAround()
    {
        var me = _users[NextMove().User];
        return _board.Top(10).Count + _board.Around(me, 5, 5).Count;
    }

    [Benchmark(Description = "Sorted List + BinarySearch: update + rank")]
    public int ListUpdateAndRank()
    {
        var (user, points, reachedAt) = NextMove();
        var id = _users[user];
        _list.RemoveAt(_list.BinarySearch(_keys[id]));
        var key = BaselineKey.From(id, points, reachedAt);
        _keys[id] = key;
        var at = ~_list.BinarySearch(key);
        _list.Insert(at, key);
        return at + 1;
    }

    [Benchmark(Description = "Sorted List + BinarySearch: top-10 + around-me (k=5)")]
    public int ListTopAndAround()
    {
        var at = _list.BinarySearch(_keys[_users[NextMove().User]]);
        var first = Math.Max(0, at - 5);
        var top = _list.GetRange(0, Math.Min(10, _list.Count));
        var around = _list.GetRange(first, Math.Min(_list.Count, at + 6) - first);
        return top.Count + around.Count;
    }

    [Benchmark(Description = "SortedSet: update + rank")]
    public int SortedSetUpdateAndRank()
    {
        var (user, points, reachedAt) = NextMove();
        var id = _users[user];
        _set.Remove(_keys[id]);
        var key = BaselineKey.From(id, points, reachedAt);
        _keys[id] = key;
        _set.Add(key);
        return _set.GetViewBetween(_set.Min, key).Count; // SortedSet keeps no subtree sizes: counting walks the view
    }

    [Benchmark(Description = "SortedSet: top-10 + around-me (k=5)")]
    public int SortedSetTopAndAround()
    {
        var me = _keys[_users[NextMove().User]];
        var top = _set.Take(10).ToArray();
        var above = _set.GetViewBetween(_set.Min, me).Reverse().Skip(1).Take(5).ToArray();
        var below = _set.GetViewBetween(me, _set.Max).Take(6).ToArray();
        return top.Length + above.Length + below.Length;
    }

    private (int User, int Points, DateTimeOffset ReachedAt) NextMove() => _moves[_next++ & (Moves - 1)];

    /// <summary>Clause 7's order on precomputed numbers, so the baselines pay no more per comparison than the board.</summary>
    private readonly record struct BaselineKey(int Points, long ReachedTicks, ulong High, ulong Low) : IComparable<BaselineKey>
    {
        public static BaselineKey From(Guid userId, int points, DateTimeOffset? reachedAt)
        {
            var (high, low) = StandingOrder.UserIdKey(userId);
            return new BaselineKey(points, StandingOrder.ReachedKey(reachedAt), high, low);
        }

        public int CompareTo(BaselineKey other) =>
            Points != other.Points ? other.Points.CompareTo(Points)
            : ReachedTicks != other.ReachedTicks ? ReachedTicks.CompareTo(other.ReachedTicks)
            : High != other.High ? High.CompareTo(other.High)
            : Low.CompareTo(other.Low);
    }
}
