using System.Globalization;

namespace HeelChallenge.Benchmarks.Store;

internal sealed record StoreResult(
    double AppendsPerSecond, double P50Ms, double P99Ms, double AppendsPerCommit, double WalPagesPerAppend, double StoreCpuMicrosPerAppend)
{
    public string Row(string name) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {AppendsPerSecond:0} | {P50Ms:0.00} | {P99Ms:0.00} | {AppendsPerCommit:0.0} | {WalPagesPerAppend:0.00} | {StoreCpuMicrosPerAppend:0.0} |");
}
