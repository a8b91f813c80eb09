using BenchmarkDotNet.Running;
using HeelChallenge.Benchmarks.Coaching;
using HeelChallenge.Benchmarks.Load;

// `ingest` and `roster` run HTTP load harnesses (wrk against the real host); anything else goes to BenchmarkDotNet,
// e.g. `dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*RankedBoard*'`.
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmark.RunAsync(IngestOptions.Parse(args[1..]));
}

// `roster`: GET /api/coach/clients for a coach with 500 clients, and how soon a client's set reaches the roster.
if (args.Length > 0 && args[0] == "roster")
{
    return await RosterBenchmark.RunAsync(RosterOptions.Parse(args[1..]));
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBenchmark).Assembly).Run(args);
return 0;
