using BenchmarkDotNet.Running;
using HeelChallenge.Benchmarks.Coaching;
using HeelChallenge.Benchmarks.Leaderboards;
using HeelChallenge.Benchmarks.Load;
using HeelChallenge.Benchmarks.Projections;
using HeelChallenge.Benchmarks.Store;

// Verbs run harnesses against the real host; anything else goes to BenchmarkDotNet,
// e.g. `dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*RankedBoard*'`.
switch (args.Length > 0 ? args[0] : "")
{
    // HTTP ingest of POST /api/me/sets against GET /api/ping, with and without group commit (wrk).
    case "ingest":
        return await IngestBenchmark.RunAsync(IngestOptions.Parse(args[1..]));

    // Two builds (or two settings) of the host, interleaved in short segments of ingest: host CPU per set of B against A.
    case "compare":
        return await CompareBenchmark.RunAsync(CompareOptions.Parse(args[1..]));

    // The SQLite event store alone (no HTTP, no Orleans): appends/s, WAL pages and store-thread CPU per append.
    case "store":
        return await StoreBenchmark.RunAsync(StoreOptions.Parse(args[1..]));

    // Generates a history straight into a SQLite store and times the host's rebuild verb over it.
    case "rebuild":
        return await RebuildBenchmark.RunAsync(HistoryOptions.Parse(args[1..]));

    // Set-to-SSE latency under background ingest, and GET leaderboard throughput against the no-op endpoint.
    case "live":
        return await LiveBenchmark.RunAsync(LiveOptions.Parse(args[1..]));

    // GET /api/coach/clients for a coach with 500 clients, and how soon a client's set reaches the roster.
    case "roster":
        return await RosterBenchmark.RunAsync(RosterOptions.Parse(args[1..]));

    default:
        BenchmarkSwitcher.FromAssembly(typeof(IngestBenchmark).Assembly).Run(args);
        return 0;
}
