using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
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
        var performedAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < 20; i++)
        {
            var client = i % 2 == 0 ? onSecond : onFirst;
            using var response = await client.PostAsJsonAsync("/api/me/sets", Set($"c{i}", performedAt));
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            logged.Add($"c{i}");
        }

        // A retry through the other gateway reaches the same grain (one activation in the cluster): the same set.
        using (var retry = await onFirst.PostAsJsonAsync("/api/me/sets", Set("c0", performedAt)))
            Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        using (var conflict = await onFirst.PostAsJsonAsync("/api/me/sets", Set("c0", performedAt.AddMinutes(-1))))
            Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);

        Assert.Equal(logged.ToHashSet(), await ApiClient.ReadAllSetIdsAsync(onFirst));
        Assert.Equal(logged.ToHashSet(), await ApiClient.ReadAllSetIdsAsync(onSecond));
        Assert.Contains("PostgreSql schema " + _schema, first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Given_two_hosts_in_one_cluster_When_one_is_killed_Then_the_other_serves_its_users_with_every_acknowledged_set()
    {
        var signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));
        var survivor = await StartAsync(signingKey);
        await using var _ = survivor;
        var victim = await StartAsync(signingKey);
        var username = "failover-" + Guid.NewGuid().ToString("N")[..12];
        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        await using (victim)
        {
            using var onVictim = await ApiClient.SignUpAsync(victim.BaseAddress, username);
            for (var i = 0; i < 10; i++)
            {
                using var response = await onVictim.PostAsJsonAsync("/api/me/sets", Set($"before-{i}"));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                acknowledged.Add($"before-{i}");
            }

            victim.KillHard();
        }

        // The user's grain may have lived on the killed silo: once the cluster declares it dead, the survivor
        // activates the grain again from the log. Poll with a deadline until a set goes through.
        // Until then a call that reaches for the dead silo answers 503 with Retry-After (never a 500).
        using var onSurvivor = new HttpClient { BaseAddress = survivor.BaseAddress, Timeout = TimeSpan.FromSeconds(40) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        var signedIn = false;
        var accepted = false;
        var statuses = new List<HttpStatusCode>();
        while (!accepted && DateTime.UtcNow < deadline)
        {
            try
            {
                if (!signedIn)
                {
                    using var token = await onSurvivor.PostAsJsonAsync("/api/auth/token", new { username, password = "correct horse battery" });
                    statuses.Add(token.StatusCode);
                    if (token.IsSuccessStatusCode)
                    {
                        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
                        onSurvivor.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
                        signedIn = true;
                    }
                }

                if (signedIn)
                {
                    using var response = await onSurvivor.PostAsJsonAsync("/api/me/sets", Set("after"));
                    statuses.Add(response.StatusCode);
                    accepted = response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK;
                }
            }
            catch (TaskCanceledException)
            {
                // A call to the dead silo timed out; the next attempt goes to the grain's new activation.
            }

            if (!accepted) await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(accepted, "the surviving host did not accept a set within 120 s of the other host's death");
        Assert.All(statuses, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.ServiceUnavailable,
            $"answered {status}; the survivor's log ends:\n{LogTail(survivor.Output)}"));
        acknowledged.Add("after");
        Assert.Equal(acknowledged, await ApiClient.ReadAllSetIdsAsync(onSurvivor));
    }

    /// <summary>What the host said last, so a failure shows the exception behind an unexpected status.</summary>
    private static string LogTail(string output) => output.Length <= 6000 ? output : output[^6000..];

    private static object Set(string setId, DateTimeOffset? performedAt = null) =>
        new { setId, exerciseId = "leg-press", reps = 10, loadKg = 40, performedAt = performedAt ?? DateTimeOffset.UtcNow.AddMinutes(-1) };

    private async Task<HostProcess> StartAsync(string signingKey)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hc-cluster-" + Guid.NewGuid().ToString("N"));
        _dataDirectories.Add(dataDirectory);
        return await HostProcess.StartAsync(dataDirectory,
            "--Storage:Provider", "PostgreSql", "--ConnectionStrings:EventStore", TestPostgres.ConnectionString, "--Storage:Schema", _schema,
            "--Orleans:ClusterId", _schema, "--Cluster:AdvertisedAddress", "127.0.0.1", "--Orleans:SiloPort", HostProcess.FreePort().ToString(CultureInfo.InvariantCulture), "--Auth:SigningKey", signingKey);
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
