using BenchmarkDotNet.Running;
using HeelChallenge.Benchmarks.Leaderboards;
using HeelChallenge.Benchmarks.Load;
using HeelChallenge.Benchmarks.Projections;

// `ingest` runs the HTTP load harness (wrk against the real host); anything else goes to BenchmarkDotNet,
// e.g. `dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*RankedBoard*'`.
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmark.RunAsync(IngestOptions.Parse(args[1..]));
}

// `rebuild` generates a history straight into a SQLite store and times the host's rebuild verb over it.
if (args.Length > 0 && args[0] == "rebuild")
{
    return await RebuildBenchmark.RunAsync(HistoryOptions.Parse(args[1..]));
}

// `live` measures set-to-SSE latency under background ingest and GET leaderboard throughput against the no-op endpoint.
if (args.Length > 0 && args[0] == "live")
{
    return await LiveBenchmark.RunAsync(LiveOptions.Parse(args[1..]));
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBenchmark).Assembly).Run(args);
return 0;
