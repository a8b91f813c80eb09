using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace HeelChallenge.Benchmarks.Coaching;

/// <summary>A coach and their clients, made through the public API: accounts, invite codes, consent, a few sets each.</summary>
public sealed class RosterWorld
{
    private const string Password = "benchmark-password";

    public required HttpClient Coach { get; init; }

    public required IReadOnlyList<(Guid Id, HttpClient Http)> Clients { get; init; }

    public required string CoachToken { get; init; }

    public static async Task<RosterWorld> CreateAsync(Uri baseAddress, RosterOptions options)
    {
        var (coachToken, _) = await AccountAsync(baseAddress, "coach");
        var coach = Client(baseAddress, coachToken);
        var clients = new (Guid, HttpClient)[options.Clients];
        var done = 0;
        await Parallel.ForAsync(0, options.Clients, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (token, id) = await AccountAsync(baseAddress, "client-" + i.ToString(CultureInfo.InvariantCulture));
            var http = Client(baseAddress, token);
            using var invite = await coach.PostAsync("/api/coach/invites", null, ct);
            invite.EnsureSuccessStatusCode();
            var code = (await invite.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("code").GetString();
            using var accepted = await http.PostAsJsonAsync("/api/me/coaches", new { code }, ct);
            accepted.EnsureSuccessStatusCode();
            // A spread of histories: different days, amounts and gaps, so the roster's rows and order differ.
            for (var s = 0; s < options.SetsPerClient; s++)
            {
                var at = DateTimeOffset.UtcNow.AddHours(-(i % 11) * 24 - s * 13 - 1);
                using var set = await http.PostAsJsonAsync("/api/me/sets", SetBody($"seed-{i}-{s}", 4 + (i + s) % 9, at), ct);
                set.EnsureSuccessStatusCode();
            }

            clients[i] = (id, http);
            var n = Interlocked.Increment(ref done);
            if (n % 100 == 0 || n == options.Clients) Console.WriteLine($"  clients: {n}/{options.Clients}");
        });
        return new RosterWorld { Coach = coach, Clients = clients, CoachToken = coachToken };
    }

    public static object SetBody(string setId, int reps, DateTimeOffset at) =>
        new { setId, exerciseId = "leg-press", reps, performedAt = at.ToString("O", CultureInfo.InvariantCulture) };

    private static HttpClient Client(Uri baseAddress, string token)
    {
        var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    private static async Task<(string Token, Guid Id)> AccountAsync(Uri baseAddress, string name)
    {
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var username = name + "-" + Guid.NewGuid().ToString("N")[..6];
        using var created = await http.PostAsJsonAsync("/api/accounts", new { username, password = Password, displayName = name, timeZone = "Europe/Paris" });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();
        using var token = await http.PostAsJsonAsync("/api/auth/token", new { username, password = Password });
        token.EnsureSuccessStatusCode();
        return ((await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!, id);
    }
}
