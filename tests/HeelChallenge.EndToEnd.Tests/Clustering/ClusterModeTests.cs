using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using HeelChallenge.Testing;

namespace HeelChallenge.EndToEnd.Tests.Clustering;

/// <summary>
/// Cluster mode for real: two host processes, events and membership in one PostgreSQL schema, one Orleans cluster.
/// Whichever gateway a request reaches, it talks to the same grains.
/// </summary>
public sealed class ClusterModeTests : IAsyncDisposable
{
    private readonly string _schema = "e2e" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<string> _dataDirectories = [];

    [Fact]
    public async Task Given_two_hosts_in_one_cluster_When_a_user_signs_up_on_one_and_logs_sets_on_the_other_Then_both_show_the_same_history()
    {
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        await using var first = await StartAsync(signingKey);
        await using var second = await StartAsync(signingKey);
        var username = "cluster-" + Guid.NewGuid().ToString("N")[..12];

        using var onFirst = await ApiClient.SignUpAsync(first.BaseAddress, username);
        using var onSecond = new HttpClient { BaseAddress = second.BaseAddress };
        await ApiClient.SignInAsync(onSecond, username);
        var logged = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var setId = $"c{i}";
            var client = i % 2 == 0 ? onSecond : onFirst;
            var body = new { setId, exerciseId = "leg-press", reps = 10, loadKg = 40, performedAt = DateTimeOffset.UtcNow.AddMinutes(-1) };
            using var response = await client.PostAsJsonAsync("/api/me/sets", body);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            logged.Add(setId);
        }

        // The same retry through the other gateway is the same set: one user grain in the whole cluster.
        using var retry = await onFirst.PostAsJsonAsync("/api/me/sets", new { setId = "c0", exerciseId = "leg-press", reps = 10, loadKg = 40, performedAt = DateTimeOffset.UtcNow.AddMinutes(-1) });
        Assert.Equal(HttpStatusCode.Conflict, retry.StatusCode);

        Assert.Equal(logged.ToHashSet(), await ApiClient.ReadAllSetIdsAsync(onFirst));
        Assert.Equal(logged.ToHashSet(), await ApiClient.ReadAllSetIdsAsync(onSecond));
        Assert.Contains("PostgreSql schema " + _schema, first.Output, StringComparison.Ordinal);
    }

    private async Task<HostProcess> StartAsync(string signingKey)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hc-cluster-" + Guid.NewGuid().ToString("N"));
        _dataDirectories.Add(dataDirectory);
        return await HostProcess.StartAsync(dataDirectory,
            "--Storage:Provider", "PostgreSql", "--ConnectionStrings:EventStore", TestPostgres.ConnectionString, "--Storage:Schema", _schema,
            "--Orleans:ClusterId", _schema, "--Orleans:SiloPort", HostProcess.FreePort().ToString(CultureInfo.InvariantCulture), "--Auth:SigningKey", signingKey);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var directory in _dataDirectories)
        {
            try { Directory.Delete(directory, recursive: true); }
            catch (IOException) { }
        }

        await TestPostgres.DropSchemaAsync(_schema);
    }
}
