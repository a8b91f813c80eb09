using System.Net.Http.Json;
using System.Text.Json;

namespace HeelChallenge.Benchmarks.Load;

/// <summary>Creates the benchmark's users through the public API and collects one bearer token each.</summary>
public static class BenchmarkUsers
{
    public static async Task<IReadOnlyList<string>> CreateAsync(Uri baseAddress, int count, string prefix)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var tokens = new string[count];
        var done = 0;
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var username = $"{prefix}-{i}";
            const string password = "benchmark-password";
            using var created = await http.PostAsJsonAsync("/api/accounts", new { username, password, displayName = username, timeZone = "Europe/Paris" }, ct);
            created.EnsureSuccessStatusCode();
            using var token = await http.PostAsJsonAsync("/api/auth/token", new { username, password }, ct);
            token.EnsureSuccessStatusCode();
            tokens[i] = (await token.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("accessToken").GetString()!;
            var n = Interlocked.Increment(ref done);
            if (n % 64 == 0 || n == count) Console.WriteLine($"  users: {n}/{count}");
        });
        return tokens;
    }
}
