using BenchmarkDotNet.Running;
using HeelChallenge.Benchmarks.Load;

// `ingest` runs the HTTP load harness (wrk against the real host); anything else goes to BenchmarkDotNet,
// e.g. `dotnet run -c Release --project tests/HeelChallenge.Benchmarks -- --filter '*RankedBoard*'`.
if (args.Length > 0 && args[0] == "ingest")
{
    return await IngestBenchmark.RunAsync(IngestOptions.Parse(args[1..]));
}

BenchmarkSwitcher.FromAssembly(typeof(IngestBenchmark).Assembly).Run(args);
return 0;
