using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using HeelChallenge.EndToEnd.Tests.Infrastructure;
using HeelChallenge.Testing;

namespace HeelChallenge.EndToEnd.Tests.Durability;

/// <summary>
/// The durability promise: a 2xx means the set is committed, so killing the host loses nothing acknowledged. For the
/// embedded SQLite store that means fsync'd by this process; for PostgreSQL the server keeps running here, so this
/// shows "committed before the 2xx" (the server's WAL flush is what synchronous_commit = on, set per transaction, buys).
/// </summary>
public sealed class KillAndRestartTests : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "hc-e2e-" + Guid.NewGuid().ToString("N"));
    private readonly string _schema = "e2e" + Guid.NewGuid().ToString("N")[..12];
    private string[] _storage = [];

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Given_sets_being_logged_When_the_host_is_killed_with_SIGKILL_and_restarted_Then_every_acknowledged_set_is_there(string provider)
    {
        _storage = provider == "PostgreSql"
            // Cluster mode; the restarted host keeps its silo port, as a real host does (see HostSettings).
            ? ["--Storage:Provider", provider, "--ConnectionStrings:EventStore", TestPostgres.ConnectionString, "--Storage:Schema", _schema,
               "--Orleans:ClusterId", _schema, "--Cluster:AdvertisedAddress", "127.0.0.1", "--Orleans:SiloPort", HostProcess.FreePort().ToString(CultureInfo.InvariantCulture)]
            : [];
        var username = "durable-" + Guid.NewGuid().ToString("N")[..12];
        var acknowledged = new ConcurrentBag<string>();

        await using (var host = await HostProcess.StartAsync(_dataDirectory, _storage))
        {
            using var http = await ApiClient.SignUpAsync(host.BaseAddress, username);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 16).Select(w => LogUntilStoppedAsync(http, w, acknowledged, stop.Token)).ToArray();

            // Kill while writes are in flight, once enough have been acknowledged.
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (acknowledged.Count < 400 && DateTime.UtcNow < deadline) await Task.Delay(TimeSpan.FromMilliseconds(20));
            host.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 400, $"only {acknowledged.Count} sets were acknowledged before the deadline");

        await using var restarted = await HostProcess.StartAsync(_dataDirectory, _storage);
        using var again = new HttpClient { BaseAddress = restarted.BaseAddress };
        await ApiClient.SignInAsync(again, username);
        var stored = await ApiClient.ReadAllSetIdsAsync(again);

        var lost = acknowledged.Where(id => !stored.Contains(id)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged sets were lost, e.g. {string.Join(", ", lost.Take(5))}");
    }

    private static async Task LogUntilStoppedAsync(HttpClient http, int writer, ConcurrentBag<string> acknowledged, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var setId = $"w{writer}-{i}";
            var body = new { setId, exerciseId = "leg-press", reps = 10, loadKg = 40.5, performedAt = DateTimeOffset.UtcNow.AddMinutes(-1) };
            try
            {
                using var response = await http.PostAsJsonAsync("/api/me/sets", body, stop);
                if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK) acknowledged.Add(setId);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                return; // the host died under us: this request was never acknowledged
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try { Directory.Delete(_dataDirectory, recursive: true); }
        catch (IOException) { }
        if (_storage.Length > 0) await TestPostgres.DropSchemaAsync(_schema);
    }
}
